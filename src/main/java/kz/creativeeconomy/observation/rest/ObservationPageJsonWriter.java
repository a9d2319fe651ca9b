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
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.observation.Catalogue;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.region.rest.RegionRef;

/**
 * Writes a JSON page of observations, the hot path of every uncached list, field by field as UTF-8 from the rows: no
 * reflection, field names encoded once, and the objects rows share (indicator, region, period, breakdown, unit fields,
 * source) encoded once per catalogue entry and language, kept with the entry ({@link Catalogue.Derived}) and copied as
 * bytes into every row that refers to it. The generic Jackson writer spent more time per page than PostgreSQL did. The
 * output is the JSON the generic writer produces for {@link ObservationDto}, with the generator configured by the
 * application's {@link ObjectMapper}: the shared objects are encoded from the DTO itself, and ObservationPageJsonWriterTest
 * compares every item of the pages with the single observation, in every language, so a field added to
 * {@link ObservationDto} and not here fails the build.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ObservationPageJsonWriter implements MessageBodyWriter<ObservationRows> {

    /** What this writer keeps with catalogue entries: an entry's JSON object, per language where it has names. */
    private static final Catalogue.Derived.Key[] OBJECT = Catalogue.Derived.Key.perLanguage();
    private static final Catalogue.Derived.Key[] UNIT_FIELDS = Catalogue.Derived.Key.perLanguage();
    /** The JSON of a period, which has no names to translate. */
    private static final Catalogue.Derived.Key NEUTRAL = new Catalogue.Derived.Key();
    /** The JSON of a source: its title is never translated, but readers of kk and ru are told its language. */
    private static final Catalogue.Derived.Key[] SOURCE_OBJECT = Catalogue.Derived.Key.perLanguage();

    private static final SerializedString ITEMS = new SerializedString("items");
    private static final SerializedString NEXT = new SerializedString("next");
    private static final SerializedString NEXT_CURSOR = new SerializedString("next_cursor");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString INDICATOR = new SerializedString("indicator");
    private static final SerializedString REGION = new SerializedString("region");
    private static final SerializedString PERIOD = new SerializedString("period");
    private static final SerializedString BREAKDOWN = new SerializedString("breakdown");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString FOOTNOTE = new SerializedString("footnote");
    private static final SerializedString FOOTNOTE_LANGUAGE = new SerializedString("footnote_language");
    private static final SerializedString TITLE_LANGUAGE = new SerializedString("title_language");
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
    /** The breakdown member of a total, as {@link #member} makes the others. */
    private static final SerializedString NO_BREAKDOWN = bytesNow(new SerializedString(",\"breakdown\":null"));

    private final ObjectWriter json;

    @Inject
    public ObservationPageJsonWriter(ObjectMapper mapper) {
        this.json = mapper.writer();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ObservationRows.class && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType);
    }

    @Override
    public void writeTo(ObservationRows page, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream out) throws IOException {
        // The page is written into one array and handed over in one write, without closing or flushing the response
        // stream: it goes out with a Content-Length, in one buffer (the generator's 8,000-byte flushes each took one).
        // The array is the worker thread's own, kept from page to page: a new one per page, zeroed and grown, cost more
        // than filling it. The response stream copies what it is given.
        Body body = BODY.get();
        body.reset();
        try (JsonGenerator g = json.createGenerator(body, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeFieldName(ITEMS);
            g.writeStartArray();
            for (ObservationRow row : page.rows()) {
                write(row, page.language(), g);
            }
            g.writeEndArray();
            string(g, NEXT, page.next());
            string(g, NEXT_CURSOR, kz.creativeeconomy.common.Pages.cursorOf(page.next()));
            g.writeEndObject();
        }
        body.writeTo(out);
        if (body.capacity() > Body.KEEP_AT_MOST) {
            BODY.remove();
        }
    }

    /** A page's bytes, written on one thread and then copied into the response. */
    private static final class Body extends ByteArrayOutputStream {
        /** What a thread keeps between pages: a page of 100 is about 90 KB at most, a page of 1,000 up to 900 KB. */
        static final int KEEP_AT_MOST = 1 << 20;

        Body() {
            super(128 * 1024);
        }

        int capacity() {
            return buf.length;
        }
    }

    private static final ThreadLocal<Body> BODY = ThreadLocal.withInitial(Body::new);

    private interface Part {
        void write(JsonGenerator g) throws IOException;
    }

    /** One part as JSON text, written by a generator configured like the response's. */
    private SerializedString encode(Part part) throws IOException {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator g = json.createGenerator(text)) {
            part.write(g);
        }
        return bytesNow(new SerializedString(text.toString()));
    }

    /** Its UTF-8 encoded now, once, not by each page that copies it. */
    private static SerializedString bytesNow(SerializedString json) {
        json.asUnquotedUTF8();
        return json;
    }

    private void write(ObservationRow row, Language language, JsonGenerator g) throws IOException {
        int l = language.ordinal();
        Catalogue.Derived indicatorDerived = row.indicator().derived();
        Catalogue.Derived regionDerived = row.region().derived();
        Catalogue.Derived periodDerived = row.period().derived();
        Catalogue.Derived breakdownDerived = row.breakdown() == null ? null : row.breakdown().derived();
        Catalogue.Derived sourceDerived = row.source().derived();
        SerializedString indicator = (SerializedString) indicatorDerived.get(OBJECT[l]);
        SerializedString unitFields = (SerializedString) indicatorDerived.get(UNIT_FIELDS[l]);
        SerializedString region = (SerializedString) regionDerived.get(OBJECT[l]);
        SerializedString period = (SerializedString) periodDerived.get(NEUTRAL);
        SerializedString breakdown = breakdownDerived == null ? null : (SerializedString) breakdownDerived.get(OBJECT[l]);
        SerializedString source = (SerializedString) sourceDerived.get(SOURCE_OBJECT[l]);
        if (indicator == null || unitFields == null || region == null || period == null || breakdownDerived != null && breakdown == null
                || source == null) {
            // The first row of an entry in a language: its parts, encoded from the DTO the generic writer would write.
            ObservationDto o = ObservationDto.of(row, language);
            indicatorDerived.set(OBJECT[l], indicator = member(INDICATOR, j -> writeIndicator(j, o.indicator())));
            indicatorDerived.set(UNIT_FIELDS[l], unitFields = unitFields(o));
            regionDerived.set(OBJECT[l], region = member(REGION, j -> writeRegion(j, o.region())));
            periodDerived.set(NEUTRAL, period = member(PERIOD, j -> writePeriod(j, o.period())));
            if (breakdownDerived != null) {
                breakdownDerived.set(OBJECT[l], breakdown = member(BREAKDOWN, j -> writeBreakdown(j, o.breakdown())));
            }
            sourceDerived.set(SOURCE_OBJECT[l], source = member(SOURCE, j -> writeSource(j, o.source())));
        }
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeNumber(row.id());
        // Each shared part is copied with its field name and the comma before it, one raw copy per part. The generator
        // has counted "id", so it writes the comma before "value" and "status" itself; the source part brings its own.
        g.writeRaw(indicator);
        g.writeRaw(region);
        g.writeRaw(period);
        g.writeRaw(breakdown == null ? NO_BREAKDOWN : breakdown);
        g.writeFieldName(VALUE);
        if (row.value() == null) {
            g.writeNull();
        } else {
            g.writeNumber(row.value());
        }
        // The generator has counted "value", so it writes the comma before "status" itself.
        g.writeRaw(unitFields);
        string(g, STATUS, row.status());
        Language.Localized footnote = row.footnote(language);
        string(g, FOOTNOTE, footnote.text());
        String footnoteLanguage = ObservationDto.footnoteLanguage(footnote, language);
        if (footnoteLanguage != null) {
            string(g, FOOTNOTE_LANGUAGE, footnoteLanguage);
        }
        g.writeRaw(source);
        g.writeEndObject();
    }

    /** The members a part writes into an object, as ,"a":...,"b":...: for a raw copy after another member of a row. */
    private SerializedString members(Part members) throws IOException {
        String object = encode(g -> {
            g.writeStartObject();
            members.write(g);
            g.writeEndObject();
        }).getValue();
        return bytesNow(new SerializedString("," + object.substring(1, object.length() - 1)));
    }

    /** ,"name":{...} */
    private SerializedString member(SerializedString name, Part value) throws IOException {
        return members(g -> {
            g.writeFieldName(name);
            value.write(g);
        });
    }

    /** ,"unit":...,"decimals":... */
    private SerializedString unitFields(ObservationDto o) throws IOException {
        return members(g -> {
            string(g, UNIT, o.unit());
            string(g, UNIT_LABEL, o.unitLabel());
            string(g, UNIT_LABEL_LANGUAGE, o.unitLabelLanguage());
            g.writeFieldName(UNIT_MULTIPLIER);
            g.writeNumber(o.unitMultiplier());
            g.writeFieldName(DECIMALS);
            g.writeNumber(o.decimals());
        });
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
        if (source.titleLanguage() != null) {
            string(g, TITLE_LANGUAGE, source.titleLanguage());
        }
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
