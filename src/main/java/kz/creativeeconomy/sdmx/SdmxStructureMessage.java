package kz.creativeeconomy.sdmx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.ProblemException;

/** An SDMX-JSON 2.0 structure message holding some of the structures, and which ones a request with references= asks for. */
public final class SdmxStructureMessage {

    /** The structures, in the order of their references: a dataflow names the DSD, which names the concepts and codelists. */
    public enum Artefact {
        DATAFLOW, DATA_STRUCTURE, CONCEPT_SCHEME, CODELISTS, ALL
    }

    private SdmxStructureMessage() {
    }

    /** The structures to send for one (or ALL) and an SDMX REST references value; a 400 problem for an unknown value. */
    public static Set<Artefact> select(Artefact asked, String references) {
        String value = references == null ? "none" : references.trim();
        Set<Artefact> children = switch (asked) {
            case DATAFLOW -> EnumSet.of(Artefact.DATA_STRUCTURE);
            case DATA_STRUCTURE -> EnumSet.of(Artefact.CONCEPT_SCHEME, Artefact.CODELISTS);
            default -> EnumSet.noneOf(Artefact.class);
        };
        Set<Artefact> descendants = switch (asked) {
            case DATAFLOW -> EnumSet.of(Artefact.DATA_STRUCTURE, Artefact.CONCEPT_SCHEME, Artefact.CODELISTS);
            default -> children;
        };
        Set<Artefact> parents = switch (asked) {
            case DATA_STRUCTURE -> EnumSet.of(Artefact.DATAFLOW);
            case CONCEPT_SCHEME, CODELISTS -> EnumSet.of(Artefact.DATA_STRUCTURE);
            default -> EnumSet.noneOf(Artefact.class);
        };
        Set<Artefact> selected = asked == Artefact.ALL
                ? EnumSet.of(Artefact.DATAFLOW, Artefact.DATA_STRUCTURE, Artefact.CONCEPT_SCHEME, Artefact.CODELISTS) : EnumSet.of(asked);
        switch (value) {
            case "none" -> { }
            case "children" -> selected.addAll(children);
            case "descendants" -> selected.addAll(descendants);
            case "parents" -> selected.addAll(parents);
            case "all" -> {
                selected.addAll(descendants);
                selected.addAll(parents);
            }
            default -> throw ProblemException.invalidParameter("references", "'" + references + "' is not a references value",
                    "none, children, descendants, parents or all");
        }
        return selected;
    }

    /** codes: needed when the codelists are sent. */
    public static ObjectNode of(Set<Artefact> artefacts, SdmxCodes.All codes, Language language, long dataVersion, Instant changedAt,
                                String base, String self) {
        ObjectNode message = Json.object();
        message.set("meta", SdmxMessages.meta(Sdmx.STRUCTURE_SCHEMA, "structures", dataVersion, changedAt, language, self));
        ObjectNode data = message.putObject("data");
        if (artefacts.contains(Artefact.DATA_STRUCTURE)) {
            data.putArray("dataStructures").add(SdmxStructures.dataStructure(language, base));
        }
        if (artefacts.contains(Artefact.CONCEPT_SCHEME)) {
            data.putArray("conceptSchemes").add(SdmxStructures.conceptScheme(language, base));
        }
        if (artefacts.contains(Artefact.CODELISTS)) {
            ArrayNode codelists = data.putArray("codelists");
            SdmxStructures.codelists(codes, language).values().forEach(codelists::add);
        }
        if (artefacts.contains(Artefact.DATAFLOW)) {
            data.putArray("dataflows").add(SdmxStructures.dataflow(language, base));
        }
        return message;
    }
}
