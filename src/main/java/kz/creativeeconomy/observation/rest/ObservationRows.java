package kz.creativeeconomy.observation.rest;

import java.util.List;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Paged;
import kz.creativeeconomy.observation.ObservationRow;

/**
 * A JSON page of observations as the rows it is written from ({@link ObservationPageJsonWriter}): the wire form is
 * {@link ObservationResource.ObservationPage}, whose items are {@link #items()}.
 */
record ObservationRows(List<ObservationRow> rows, Language language, String next) implements Paged {

    @Override
    public List<ObservationDto> items() {
        return rows.stream().map(row -> ObservationDto.of(row, language)).toList();
    }
}
