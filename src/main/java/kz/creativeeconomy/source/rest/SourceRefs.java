package kz.creativeeconomy.source.rest;

import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.source.Source;

/**
 * The short citation that every organisation, event, initiative, challenge and model cell carries. It is the
 * SourceRef of observations, so a client reads one citation shape everywhere in the API.
 */
public final class SourceRefs {

    private SourceRefs() {
    }

    public static ObservationDto.SourceRef of(Source source) {
        return new ObservationDto.SourceRef(source.id, source.referenceNumber, source.locator, source.title, null, source.publisher,
                source.url, source.accessedOn);
    }
}
