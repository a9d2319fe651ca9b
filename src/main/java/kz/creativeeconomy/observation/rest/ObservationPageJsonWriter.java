package kz.creativeeconomy.observation.rest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.creativeeconomy.region.rest.RegionRef;

/**
 * Writes a JSON page of observations, the hot path of every uncached list, field by field as UTF-8: no reflection, field
 * names encoded once, and the objects rows share (indicator, region, period, breakdown, unit fields, source) encoded
 * once for all pages and copied as bytes (see {@link Encodings}). The generic Jackson writer spent more time per page
 * than PostgreSQL did. The output is the JSON the generic writer produces for the same page, with the generator
 * configured by the application's {@link ObjectMapper} (ObservationPageJsonWriterTest compares the two item by item, in
 * every language, so a field added to {@link ObservationDto} and not here fails the build).
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
    private final Encodings<ObservationDto.IndicatorRef> indicators = new Encodings<>(ObservationPageJsonWriter::writeIndicator);
    private final Encodings<RegionRef> regions = new Encodings<>(ObservationPageJsonWriter::writeRegion);
    private final Encodings<ObservationDto.PeriodDto> periods = new Encodings<>(ObservationPageJsonWriter::writePeriod);
    private final Encodings<ObservationDto.BreakdownDto> breakdowns = new Encodings<>(ObservationPageJsonWriter::writeBreakdown);
    /** By indicator; kept as ,"unit":...,"decimals":... : a run of fields inside the observation, with its leading comma. */
    private final Encodings<UnitFields> units = new Encodings<>(ObservationPageJsonWriter::writeUnitFields, true);
    private final Encodings<ObservationDto.SourceRef> sources = new Encodings<>(ObservationPageJsonWriter::writeSource);

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
        // The page is written into one array and handed over in one write, without closing or flushing the response
        // stream: it goes out with a Content-Length, in one buffer (the generator's 8,000-byte flushes each took one).
        ByteArrayOutputStream body = new ByteArrayOutputStream(page.items().size() * 1024 + 256);
        try (JsonGenerator g = json.createGenerator(body, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeFieldName(ITEMS);
            g.writeStartArray();
            for (ObservationDto o : page.items()) {
                write(o, g);
            }
            g.writeEndArray();
            string(g, NEXT, page.next());
            g.writeEndObject();
        }
        body.writeTo(out);
    }

    /** The unit fields of an observation: the same for every row of an indicator (in one language). */
    private record UnitFields(String unit, String unitLabel, String unitLabelLanguage, int unitMultiplier, int decimals) {
    }

    private interface PartWriter<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    /**
     * The encoded JSON of the objects rows share (an indicator, a region, a period, a unit, a source), for all pages:
     * found by code, and used only if the value it was encoded from equals the value to write (field by field, the
     * strings mostly being the catalogue's very instances), so an edited name is never written as it was. A code keeps
     * a few values (its names in each language); should codes pile up past any catalogue, it starts again.
     */
    private final class Encodings<T> {
        private final Map<String, Encoded<T>[]> byCode = new ConcurrentHashMap<>();
        private final PartWriter<T> writer;
        private final boolean fieldsOnly;

        Encodings(PartWriter<T> writer) {
            this(writer, false);
        }

        Encodings(PartWriter<T> writer, boolean fieldsOnly) {
            this.writer = writer;
            this.fieldsOnly = fieldsOnly;
        }

        SerializedString get(String code, T value) throws IOException {
            Encoded<T>[] known = byCode.get(code);
            if (known != null) {
                for (Encoded<T> encoded : known) {
                    if (encoded.value() == value || encoded.value().equals(value)) {
                        return encoded.json();
                    }
                }
            }
            SerializedString json = encode(g -> writer.write(g, value));
            if (fieldsOnly) {
                json = new SerializedString("," + json.getValue().substring(1, json.getValue().length() - 1));
            }
            json.asUnquotedUTF8(); // encoded to bytes now, once, not by the first pages that copy it
            Encoded<T> encoded = new Encoded<>(value, json);
            @SuppressWarnings("unchecked")
            Encoded<T>[] values = known == null || known.length >= 8 ? new Encoded[1] : java.util.Arrays.copyOf(known, known.length + 1);
            values[values.length - 1] = encoded;
            if (byCode.size() > 100_000) {
                byCode.clear();
            }
            byCode.put(code, values);
            return encoded.json();
        }
    }

    /** A part as JSON and the value it was encoded from. */
    private record Encoded<T>(T value, SerializedString json) {
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

    private void write(ObservationDto o, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeNumber(o.id());
        g.writeFieldName(INDICATOR);
        g.writeRawValue(indicators.get(o.indicator().code(), o.indicator()));
        g.writeFieldName(REGION);
        g.writeRawValue(regions.get(o.region().code(), o.region()));
        g.writeFieldName(PERIOD);
        g.writeRawValue(periods.get(o.period().code(), o.period()));
        ObservationDto.BreakdownDto breakdown = o.breakdown();
        g.writeFieldName(BREAKDOWN);
        if (breakdown == null) {
            g.writeNull();
        } else {
            g.writeRawValue(breakdowns.get(breakdown.member(), breakdown));
        }
        g.writeFieldName(VALUE);
        if (o.value() == null) {
            g.writeNull();
        } else {
            g.writeNumber(o.value());
        }
        // The generator has counted "value", so it writes the comma before "status" itself.
        g.writeRaw(units.get(o.indicator().code(), new UnitFields(o.unit(), o.unitLabel(), o.unitLabelLanguage(), o.unitMultiplier(), o.decimals())));
        string(g, STATUS, o.status());
        string(g, FOOTNOTE, o.footnote());
        g.writeFieldName(SOURCE);
        g.writeRawValue(sources.get(o.source().id(), o.source()));
        g.writeEndObject();
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

    /** The unit fields as an object; {@link Encodings} keeps them as a run of fields (see write). */
    private static void writeUnitFields(JsonGenerator g, UnitFields o) throws IOException {
        g.writeStartObject();
        string(g, UNIT, o.unit());
        string(g, UNIT_LABEL, o.unitLabel());
        string(g, UNIT_LABEL_LANGUAGE, o.unitLabelLanguage());
        g.writeFieldName(UNIT_MULTIPLIER);
        g.writeNumber(o.unitMultiplier());
        g.writeFieldName(DECIMALS);
        g.writeNumber(o.decimals());
        g.writeEndObject();
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
