package kz.creativeeconomy.changes.rest;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A page of the change feed as an Atom 1.0 feed (RFC 4287), paged as RFC 5005 pages a feed (rel="next"). Written with the
 * JDK's StAX writer, which does the XML escaping; no feed library is needed to write this much.
 */
final class AtomFeed {

    static final String MEDIA_TYPE = kz.creativeeconomy.http.formats.Formats.ATOM;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Category schemes: an entry's kind of item and its operation, as the JSON's kind and operation. */
    static final String KIND_SCHEME = "urn:creative-economy:change:kind";
    static final String OPERATION_SCHEME = "urn:creative-economy:change:operation";

    private AtomFeed() {
    }

    static String write(ChangePage page, String selfUrl, String feedId, Instant updated) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", feedId);
            text(xml, "title", "Changes to the Creative Economy of Kazakhstan open data");
            text(xml, "subtitle", "Every revision of an observation and change of a catalogue entry, in commit order. "
                    + "Follow rel=next to the newest; next time, ask since= the last entry's position.");
            text(xml, "updated", timestamp(updated));
            xml.writeStartElement(ATOM, "author");
            text(xml, "name", "Creative Economy of Kazakhstan open data API");
            xml.writeEndElement();
            link(xml, "self", selfUrl, MEDIA_TYPE);
            if (page.next() != null) {
                link(xml, "next", page.next(), MEDIA_TYPE);
            }
            for (ChangeDto change : page.items()) {
                entry(xml, change);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Atom feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, ChangeDto change) throws XMLStreamException {
        xml.writeStartElement(ATOM, "entry");
        text(xml, "id", "urn:creative-economy:change:" + change.position());
        text(xml, "title", change.operation() + " " + change.kind() + " " + change.id());
        text(xml, "updated", timestamp(change.at()));
        link(xml, "alternate", change.url(), "application/json");
        category(xml, KIND_SCHEME, change.kind());
        category(xml, OPERATION_SCHEME, change.operation());
        text(xml, "summary", change.kind() + " " + change.id() + ": " + change.operation() + " at position " + change.position()
                + ", data version " + change.dataVersion() + ".");
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void category(XMLStreamWriter xml, String scheme, String term) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "category");
        xml.writeAttribute("scheme", scheme);
        xml.writeAttribute("term", term);
    }

    /** RFC 3339 as Atom wants it, to the microsecond PostgreSQL keeps. */
    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).toString();
    }
}
