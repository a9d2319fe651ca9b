package kz.creativeeconomy.observation.rest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Objects;
import kz.creativeeconomy.region.rest.RegionRef;

/**
 * Writes a JSON page of observations, the hot path of every uncached list, field by field as UTF-8 straight to the
 * response: no reflection, no intermediate String, field names encoded once, and the indicator, region, unit and
 * source a row shares with the row before copied as bytes, and every period's and breakdown's object encoded once for
 * all pages (keyed by their whole value, names included). The generic Jackson writer spent more time per page than
 * PostgreSQL did. The output is the JSON the generic writer produces for the same page, with the
 * generator configured by the application's {@link ObjectMapper} (ObservationPageJsonWriterTest compares the two item
 * by item, so a field added to {@link ObservationDto} and not here fails the build).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ObservationPageJsonWriter implements MessageBodyWriter<ObservationResource.ObservationPage> {

    private static final SerializedString ITEMS = new SerializedString("items");
    private static final SerializedString NEXT = new SerializedString("next");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString INDICATOR = new SerializedString("indicator");
    private static final SerializedString REGION = new SerializedString("region");
    private static final SerializedString PERIOD = new SerializedString("period");
    private static final SerializedString BREAKDOWN = new SerializedString("breakdown");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString FOOTNOTE = new SerializedString("footnote");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString NAME_LANGUAGE = new SerializedString("name_language");
    private static final SerializedString SLUG = new SerializedString("slug");
    private static final SerializedString LEVEL = new SerializedString("level");
    private static final SerializedString FREQUENCY = new SerializedString("frequency");
    private static final SerializedString START = new SerializedString("start");
    private static final SerializedString END = new SerializedString("end");
    private static final SerializedString DIMENSION = new SerializedString("dimension");
    private static final SerializedString DIMENSION_NAME = new SerializedString("dimension_name");
    private static final SerializedString MEMBER = new SerializedString("member");
    private static final SerializedString MEMBER_NAME = new SerializedString("member_name");
    private static final SerializedString UNIT = new SerializedString("unit");
    private static final SerializedString UNIT_LABEL = new SerializedString("unit_label");
    private static final SerializedString UNIT_LABEL_LANGUAGE = new SerializedString("unit_label_language");
    private static final SerializedString UNIT_MULTIPLIER = new SerializedString("unit_multiplier");
    private static final SerializedString DECIMALS = new SerializedString("decimals");
    private static final SerializedString REFERENCE_NUMBER = new SerializedString("reference_number");
    private static final SerializedString LOCATOR = new SerializedString("locator");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString PUBLISHER = new SerializedString("publisher");
    private static final SerializedString URL = new SerializedString("url");
    private static final SerializedString ACCESSED_ON = new SerializedString("accessed_on");

    private final ObjectWriter json;
    /** Keyed by the whole period, so an edited period can never be written with its old dates. */
    private final Cache<ObservationDto.PeriodDto, SerializedString> periods = Caffeine.newBuilder().maximumSize(100_000).build();
    /** Keyed by the whole breakdown, names and their language included. */
    private final Cache<ObservationDto.BreakdownDto, SerializedString> breakdowns = Caffeine.newBuilder().maximumSize(100_000).build();

    @Inject
    public ObservationPageJsonWriter(ObjectMapper mapper) {
        this.json = mapper.writer();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ObservationResource.ObservationPage.class && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType);
    }

    @Override
    public void writeTo(ObservationResource.ObservationPage page, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream out) throws IOException {
        // Neither closing nor flushing the response stream: it then sends the page in one write, with a Content-Length.
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)) {
            Repeats repeats = new Repeats();
            g.writeStartObject();
            g.writeFieldName(ITEMS);
            g.writeStartArray();
            for (ObservationDto o : page.items()) {
                write(o, g, repeats);
            }
            g.writeEndArray();
            string(g, NEXT, page.next());
            g.writeEndObject();
        }
    }

    /**
     * The parts of the previous row, encoded. Rows come ordered by indicator and region, so consecutive rows mostly share
     * indicator, region, unit and source: those are copied as bytes instead of encoded again. Fields are compared one
     * by one (the strings are usually the catalogue's very instances), not with the records' generated equals.
     */
    private final class Repeats {
        ObservationDto.IndicatorRef indicator;
        SerializedString indicatorJson;
        RegionRef region;
        SerializedString regionJson;
        ObservationDto.SourceRef source;
        SerializedString sourceJson;
        ObservationDto unit;
        SerializedString unitJson;

        SerializedString indicator(ObservationDto.IndicatorRef ref) throws IOException {
            if (indicator == null || !Objects.equals(ref.code(), indicator.code()) || !Objects.equals(ref.name(), indicator.name())
                    || !Objects.equals(ref.nameLanguage(), indicator.nameLanguage())) {
                indicator = ref;
                indicatorJson = encode(g -> writeIndicator(g, ref));
            }
            return indicatorJson;
        }

        SerializedString region(RegionRef ref) throws IOException {
            if (region == null || !Objects.equals(ref.code(), region.code()) || !Objects.equals(ref.slug(), region.slug())
                    || !Objects.equals(ref.name(), region.name()) || !Objects.equals(ref.nameLanguage(), region.nameLanguage())
                    || !Objects.equals(ref.level(), region.level())) {
                region = ref;
                regionJson = encode(g -> writeRegion(g, ref));
            }
            return regionJson;
        }

        SerializedString source(ObservationDto.SourceRef ref) throws IOException {
            if (source == null || !Objects.equals(ref.id(), source.id()) || !Objects.equals(ref.referenceNumber(), source.referenceNumber())
                    || !Objects.equals(ref.locator(), source.locator()) || !Objects.equals(ref.title(), source.title())
                    || !Objects.equals(ref.publisher(), source.publisher()) || !Objects.equals(ref.url(), source.url())
                    || !Objects.equals(ref.accessedOn(), source.accessedOn())) {
                source = ref;
                sourceJson = encode(g -> writeSource(g, ref));
            }
            return sourceJson;
        }

        SerializedString period(ObservationDto.PeriodDto period) {
            return periods.get(period, p -> encodeUnchecked(g -> writePeriod(g, p)));
        }

        SerializedString breakdown(ObservationDto.BreakdownDto breakdown) {
            return breakdowns.get(breakdown, b -> encodeUnchecked(g -> writeBreakdown(g, b)));
        }

        /** ,"unit":...,"decimals":... : a run of fields inside the observation, with its leading comma. */
        SerializedString unitFields(ObservationDto o) throws IOException {
            if (unit == null || !Objects.equals(o.unit(), unit.unit()) || !Objects.equals(o.unitLabel(), unit.unitLabel())
                    || !Objects.equals(o.unitLabelLanguage(), unit.unitLabelLanguage()) || o.unitMultiplier() != unit.unitMultiplier()
                    || o.decimals() != unit.decimals()) {
                unit = o;
                String object = encode(g -> {
                    g.writeStartObject();
                    writeUnitFields(g, o);
                    g.writeEndObject();
                }).getValue();
                unitJson = new SerializedString("," + object.substring(1, object.length() - 1));
            }
            return unitJson;
        }
    }

    private interface Part {
        void write(JsonGenerator g) throws IOException;
    }

    /** One part as JSON text, written by a generator configured like the response's. */
    private SerializedString encode(Part part) throws IOException {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator g = json.createGenerator(text)) {
            part.write(g);
        }
        return new SerializedString(text.toString());
    }

    private static void write(ObservationDto o, JsonGenerator g, Repeats repeats) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeNumber(o.id());
        g.writeFieldName(INDICATOR);
        g.writeRawValue(repeats.indicator(o.indicator()));
        g.writeFieldName(REGION);
        g.writeRawValue(repeats.region(o.region()));
        g.writeFieldName(PERIOD);
        g.writeRawValue(repeats.period(o.period()));
        ObservationDto.BreakdownDto breakdown = o.breakdown();
        g.writeFieldName(BREAKDOWN);
        if (breakdown == null) {
            g.writeNull();
        } else {
            g.writeRawValue(repeats.breakdown(breakdown));
        }
        g.writeFieldName(VALUE);
        if (o.value() == null) {
            g.writeNull();
        } else {
            g.writeNumber(o.value());
        }
        // The generator has counted "value", so it writes the comma before "status" itself.
        g.writeRaw(repeats.unitFields(o));
        string(g, STATUS, o.status());
        string(g, FOOTNOTE, o.footnote());
        g.writeFieldName(SOURCE);
        g.writeRawValue(repeats.source(o.source()));
        g.writeEndObject();
    }

    private SerializedString encodeUnchecked(Part part) {
        try {
            return encode(part);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBreakdown(JsonGenerator g, ObservationDto.BreakdownDto breakdown) throws IOException {
        g.writeStartObject();
        string(g, DIMENSION, breakdown.dimension());
        string(g, DIMENSION_NAME, breakdown.dimensionName());
        string(g, MEMBER, breakdown.member());
        string(g, MEMBER_NAME, breakdown.memberName());
        string(g, NAME_LANGUAGE, breakdown.nameLanguage());
        g.writeEndObject();
    }

    private static void writePeriod(JsonGenerator g, ObservationDto.PeriodDto period) throws IOException {
        g.writeStartObject();
        string(g, CODE, period.code());
        string(g, FREQUENCY, period.frequency());
        date(g, START, period.start());
        date(g, END, period.end());
        g.writeEndObject();
    }

    private static void writeIndicator(JsonGenerator g, ObservationDto.IndicatorRef indicator) throws IOException {
        g.writeStartObject();
        string(g, CODE, indicator.code());
        string(g, NAME, indicator.name());
        string(g, NAME_LANGUAGE, indicator.nameLanguage());
        g.writeEndObject();
    }

    private static void writeRegion(JsonGenerator g, RegionRef region) throws IOException {
        g.writeStartObject();
        string(g, CODE, region.code());
        string(g, SLUG, region.slug());
        string(g, NAME, region.name());
        string(g, NAME_LANGUAGE, region.nameLanguage());
        string(g, LEVEL, region.level());
        g.writeEndObject();
    }

    private static void writeUnitFields(JsonGenerator g, ObservationDto o) throws IOException {
        string(g, UNIT, o.unit());
        string(g, UNIT_LABEL, o.unitLabel());
        string(g, UNIT_LABEL_LANGUAGE, o.unitLabelLanguage());
        g.writeFieldName(UNIT_MULTIPLIER);
        g.writeNumber(o.unitMultiplier());
        g.writeFieldName(DECIMALS);
        g.writeNumber(o.decimals());
    }

    private static void writeSource(JsonGenerator g, ObservationDto.SourceRef source) throws IOException {
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
        string(g, PUBLISHER, source.publisher());
        string(g, URL, source.url());
        date(g, ACCESSED_ON, source.accessedOn());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, SerializedString name, String value) throws IOException {
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
