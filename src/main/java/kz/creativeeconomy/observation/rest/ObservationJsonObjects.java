package kz.creativeeconomy.observation.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.LocalDate;
import kz.creativeeconomy.region.rest.RegionRef;

/**
 * The objects the rows of an observation page share (indicator, region, period, breakdown, source), written field by
 * field as {@link ObservationDto}'s Jackson form has them; {@link ObservationPageJsonWriter} encodes each once per
 * catalogue entry and language and copies the bytes into every row.
 */
final class ObservationJsonObjects {

    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString ACCESSED_ON = new SerializedString("accessed_on");
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString DIMENSION = new SerializedString("dimension");
    private static final SerializedString DIMENSION_NAME = new SerializedString("dimension_name");
    private static final SerializedString END = new SerializedString("end");
    private static final SerializedString FREQUENCY = new SerializedString("frequency");
    private static final SerializedString LEVEL = new SerializedString("level");
    private static final SerializedString LOCATOR = new SerializedString("locator");
    private static final SerializedString MEMBER = new SerializedString("member");
    private static final SerializedString MEMBER_NAME = new SerializedString("member_name");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString NAME_LANGUAGE = new SerializedString("name_language");
    private static final SerializedString PUBLISHER = new SerializedString("publisher");
    private static final SerializedString REFERENCE_NUMBER = new SerializedString("reference_number");
    private static final SerializedString SLUG = new SerializedString("slug");
    private static final SerializedString START = new SerializedString("start");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString TITLE_LANGUAGE = new SerializedString("title_language");
    private static final SerializedString URL = new SerializedString("url");

    private ObservationJsonObjects() {
    }

    static void breakdown(JsonGenerator g, ObservationDto.BreakdownDto breakdown) throws IOException {
        g.writeStartObject();
        string(g, DIMENSION, breakdown.dimension());
        string(g, DIMENSION_NAME, breakdown.dimensionName());
        string(g, MEMBER, breakdown.member());
        string(g, MEMBER_NAME, breakdown.memberName());
        string(g, NAME_LANGUAGE, breakdown.nameLanguage());
        g.writeEndObject();
    }

    static void period(JsonGenerator g, ObservationDto.PeriodDto period) throws IOException {
        g.writeStartObject();
        string(g, CODE, period.code());
        string(g, FREQUENCY, period.frequency());
        date(g, START, period.start());
        date(g, END, period.end());
        g.writeEndObject();
    }

    static void indicator(JsonGenerator g, ObservationDto.IndicatorRef indicator) throws IOException {
        g.writeStartObject();
        string(g, CODE, indicator.code());
        string(g, NAME, indicator.name());
        string(g, NAME_LANGUAGE, indicator.nameLanguage());
        g.writeEndObject();
    }

    static void region(JsonGenerator g, RegionRef region) throws IOException {
        g.writeStartObject();
        string(g, CODE, region.code());
        string(g, SLUG, region.slug());
        string(g, NAME, region.name());
        string(g, NAME_LANGUAGE, region.nameLanguage());
        string(g, LEVEL, region.level());
        g.writeEndObject();
    }

    static void source(JsonGenerator g, ObservationDto.SourceRef source) throws IOException {
        g.writeStartObject();
        string(g, ID, source.id());
        g.writeFieldName(REFERENCE_NUMBER);
        if (source.referenceNumber() == null) {
            g.writeNull();
        } else {
            g.writeNumber(source.referenceNumber());
        }
        string(g, LOCATOR, source.locator());
        string(g, TITLE, source.title());
        if (source.titleLanguage() != null) {
            string(g, TITLE_LANGUAGE, source.titleLanguage());
        }
        string(g, PUBLISHER, source.publisher());
        string(g, URL, source.url());
        date(g, ACCESSED_ON, source.accessedOn());
        g.writeEndObject();
    }

    static void string(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    /** ISO dates, as the application's Jackson writes LocalDate (write-dates-as-timestamps=false). */
    private static void date(JsonGenerator g, SerializedString name, LocalDate value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.toString());
        }
    }
}
