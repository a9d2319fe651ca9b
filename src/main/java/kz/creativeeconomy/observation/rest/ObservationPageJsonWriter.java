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
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.observation.Catalogue;
import kz.creativeeconomy.observation.ObservationRow;

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
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString UNIT = new SerializedString("unit");
    private static final SerializedString UNIT_LABEL = new SerializedString("unit_label");
    private static final SerializedString UNIT_LABEL_LANGUAGE = new SerializedString("unit_label_language");
    private static final SerializedString UNIT_MULTIPLIER = new SerializedString("unit_multiplier");
    private static final SerializedString DECIMALS = new SerializedString("decimals");
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
            ObservationJsonObjects.string(g, NEXT, page.next());
            ObservationJsonObjects.string(g, NEXT_CURSOR, kz.creativeeconomy.common.Pages.cursorOf(page.next()));
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
        EntryCaches caches = EntryCaches.of(row);
        SerializedString indicator = (SerializedString) caches.indicator().get(OBJECT[l]);
        SerializedString unitFields = (SerializedString) caches.indicator().get(UNIT_FIELDS[l]);
        SerializedString region = (SerializedString) caches.region().get(OBJECT[l]);
        SerializedString period = (SerializedString) caches.period().get(NEUTRAL);
        SerializedString breakdown = caches.breakdown() == null ? null : (SerializedString) caches.breakdown().get(OBJECT[l]);
        SerializedString source = (SerializedString) caches.source().get(SOURCE_OBJECT[l]);
        if (indicator == null || unitFields == null || region == null || period == null || caches.breakdown() != null && breakdown == null
                || source == null) {
            // The first row of an entry in a language: its parts, encoded from the DTO the generic writer would write.
            ObservationDto o = ObservationDto.of(row, language);
            caches.indicator().set(OBJECT[l], indicator = member(INDICATOR, j -> ObservationJsonObjects.indicator(j, o.indicator())));
            caches.indicator().set(UNIT_FIELDS[l], unitFields = unitFields(o));
            caches.region().set(OBJECT[l], region = member(REGION, j -> ObservationJsonObjects.region(j, o.region())));
            caches.period().set(NEUTRAL, period = member(PERIOD, j -> ObservationJsonObjects.period(j, o.period())));
            if (caches.breakdown() != null) {
                caches.breakdown().set(OBJECT[l], breakdown = member(BREAKDOWN, j -> ObservationJsonObjects.breakdown(j, o.breakdown())));
            }
            caches.source().set(SOURCE_OBJECT[l], source = member(SOURCE, j -> ObservationJsonObjects.source(j, o.source())));
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
        ObservationJsonObjects.string(g, STATUS, row.status());
        Language.Localized footnote = row.footnote(language);
        ObservationJsonObjects.string(g, FOOTNOTE, footnote.text());
        String footnoteLanguage = ObservationDto.footnoteLanguage(footnote, language);
        if (footnoteLanguage != null) {
            ObservationJsonObjects.string(g, FOOTNOTE_LANGUAGE, footnoteLanguage);
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
            ObservationJsonObjects.string(g, UNIT, o.unit());
            ObservationJsonObjects.string(g, UNIT_LABEL, o.unitLabel());
            ObservationJsonObjects.string(g, UNIT_LABEL_LANGUAGE, o.unitLabelLanguage());
            g.writeFieldName(UNIT_MULTIPLIER);
            g.writeNumber(o.unitMultiplier());
            g.writeFieldName(DECIMALS);
            g.writeNumber(o.decimals());
        });
    }
}
