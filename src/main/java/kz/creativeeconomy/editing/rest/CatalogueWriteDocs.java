package kz.creativeeconomy.editing.rest;

import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import kz.creativeeconomy.common.OpenApiDefaults;
import kz.creativeeconomy.common.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The contract of the writes the catalogue resources inherit from {@link CatalogueWrites}: one method serves seven
 * catalogues, so its annotations cannot name a catalogue's operation ids, texts, body schema or answer schema; this
 * table does, applied to the scanned model before the shared passes of OpenApiDefaults. A new catalogue adds one entry.
 * The operations are rebuilt with their properties in the order annotations give them, so the committed contract keeps
 * its bytes.
 */
public final class CatalogueWriteDocs {

    private static final String AUDITED = "The audit log keeps the old values. Needs If-Match and a reason.";
    private static final String IF_MATCH = "Needs If-Match with an ETag from a GET made after the last change (412 otherwise, 428 without it).";

    /** The public key of a catalogue's rows, as its item path names it. */
    enum Key {
        ID("id", "An id", "The id is the public key and never changes: leave it out or send the current one."),
        CODE("code", "A code", "The code is the public key and never changes: leave it out or send the current one."),
        CODE_OR_SLUG("code_or_slug", "A code or slug",
                "The code and the slug are the public keys and never change: leave them out or send the current ones.");

        final String parameter;
        final String taken;
        final String kept;

        Key(String parameter, String taken, String kept) {
            this.parameter = parameter;
            this.taken = taken;
            this.kept = kept;
        }
    }

    private static final List<Catalogue> CATALOGUES = List.of(
            new Catalogue("/v1/regions", Key.CODE_OR_SLUG, "Region", "a region", "region", "RegionDetail")
                    .key("KATO code, KZ, or slug.", "ulan-district")
                    .deletesUnreferenced("Only a region that nothing refers to: a region with regions inside it, territorial changes, observations "
                            + "(deleted ones included), organisations or events answers 409 naming them."),
            new Catalogue("/v1/indicators", Key.CODE, "Indicator", "an indicator", "indicator", "IndicatorDetail")
                    .key("Indicator code.", "creative-gva").defaults()
                    .deletesUnreferenced("Only an indicator without observations (deleted ones included, since their revision history refers to it); "
                            + "otherwise 409 says how many it has."),
            new Catalogue("/v1/sources", Key.ID, "Source", "a source", "source", "Source")
                    .key("Source id.", "bns-creative-gva-table-1").defaults()
                    .deletesUnreferenced("Only a source nothing cites: observations (deleted ones and earlier revisions included), organisations, "
                            + "events, initiatives, challenges or entries of the ecosystem model that cite it answer 409 naming them."),
            new Catalogue("/v1/cultural-organisations", Key.ID, "CulturalOrganisation", "a cultural organisation", "organisation", "CulturalOrganisationDetail")
                    .key("Organisation id.", "ertis-concert")
                    .deletesUnreferenced("Only an organisation nothing refers to: organisations inside it, events, initiatives or breakdown members "
                            + "that attribute observations to it answer 409 naming them."),
            new Catalogue("/v1/events", Key.ID, "Event", "an event", "event", "Event")
                    .key("Event id.", "shygys-salburyn-2023")
                    .deletesAny("Nothing refers to an event, so any event can be deleted, together with its list of countries."),
            new Catalogue("/v1/initiatives", Key.ID, "Initiative", "an initiative", "initiative", "Initiative")
                    .key("Initiative id.", "ekr-creative-industries-council-creation")
                    .deletesAny("Nothing refers to an initiative, so any initiative can be deleted."),
            new Catalogue("/v1/challenges", Key.ID, "Challenge", "a challenge", "challenge", "Challenge")
                    .key("Challenge id.", "culture-low-wages")
                    .conflictsOn("a row of the table that another challenge is in", "Another challenge is in that row of the table. Nothing was changed.")
                    .deletesAny("Nothing refers to a challenge, so any challenge can be deleted."));

    private CatalogueWriteDocs() {
    }

    /** Documents every catalogue's POST, PUT and DELETE; a catalogue whose writes are missing fails the build. */
    public static void apply(OpenAPI openAPI) {
        for (Catalogue catalogue : CATALOGUES) {
            catalogue.document(openAPI);
        }
    }

    /** One catalogue's facts; the chained calls add what not every catalogue has. */
    private static final class Catalogue {

        final String collection;
        final Key key;
        /** Of the operation ids: createRegion, replaceRegion, deleteRegion. */
        final String name;
        /** With its article, as the summaries say: "a cultural organisation". */
        final String noun;
        /** As the other texts say: "organisation". */
        final String thing;
        /** The schema of the catalogue's GET of one row, which the writes answer with. */
        final String created;
        String keyDescription;
        String keyExample;
        boolean defaults;
        String otherConflict;
        String otherConflictProblem;
        String deletes;
        boolean referenced;

        Catalogue(String collection, Key key, String name, String noun, String thing, String created) {
            this.collection = collection;
            this.key = key;
            this.name = name;
            this.noun = noun;
            this.thing = thing;
            this.created = created;
        }

        /** The description and example of the key in the item path. */
        Catalogue key(String description, String example) {
            keyDescription = description;
            keyExample = example;
            return this;
        }

        /** A field left out of a PUT takes its default where it has one. */
        Catalogue defaults() {
            defaults = true;
            return this;
        }

        /** A write conflicts with another row on more than the key: on what, and the 409 of a PUT that does. */
        Catalogue conflictsOn(String what, String problem) {
            otherConflict = what;
            otherConflictProblem = problem;
            return this;
        }

        /** Nothing refers to a row: any row can be deleted. */
        Catalogue deletesAny(String why) {
            deletes = why;
            return this;
        }

        /** A row that other data refers to answers 409; the rule says which. */
        Catalogue deletesUnreferenced(String rule) {
            deletes = rule;
            referenced = true;
            return this;
        }

        void document(OpenAPI openAPI) {
            PathItem collectionItem = require(openAPI, collection);
            PathItem item = require(openAPI, collection + "/{" + key.parameter + "}");
            String taken = key.taken + " that another " + thing + " already has"
                    + (otherConflict == null ? " answers 409." : ", or " + otherConflict + ", answers 409.");
            Operation create = operation(require(collectionItem, PathItem.HttpMethod.POST), "create", "Add " + noun + " (editor)",
                    "Unknown fields are rejected (422). " + taken, parameters -> parameters);
            create.getRequestBody().setContent(json(name + "Input"));
            create.getResponses().addAPIResponse("201", OASFactory.createAPIResponse().description("Created; Location names the new " + thing + ".")
                    .content(json(created)));
            collectionItem.setOperation(PathItem.HttpMethod.POST, create);

            String replaces = "Replaces every editable field: a field left out becomes empty" + (defaults ? " or takes its default. " : ". ") + key.kept + " "
                    + (otherConflict == null ? "" : capitalised(otherConflict) + " answers 409. ") + IF_MATCH;
            Operation replace = operation(require(item, PathItem.HttpMethod.PUT), "replace", "Change " + noun + " (editor)", replaces,
                    parameters -> List.of(keyParameter(parameters.get(0)), parameters.get(1)));
            replace.getRequestBody().setContent(json(name + "Input"));
            if (otherConflictProblem != null) {
                replace.getResponses().getAPIResponse("200").setDescription("The " + thing + " as replaced.");
                replace.getResponses().addAPIResponse("409", OASFactory.createAPIResponse().description(otherConflictProblem)
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
            }
            item.setOperation(PathItem.HttpMethod.PUT, replace);

            Operation delete = operation(require(item, PathItem.HttpMethod.DELETE), "delete", "Delete " + noun + " (editor)", deletes + " " + AUDITED,
                    parameters -> List.of(keyParameter(parameters.get(0)), reasonParameter(parameters.get(1)), parameters.get(2)));
            if (referenced) {
                delete.getResponses().addAPIResponse("409", OASFactory.createAPIResponse().ref(OpenApiDefaults.STILL_REFERENCED));
            }
            item.setOperation(PathItem.HttpMethod.DELETE, delete);
            order(collectionItem, PathItem.HttpMethod.GET, PathItem.HttpMethod.POST);
            order(item, PathItem.HttpMethod.PUT, PathItem.HttpMethod.GET, PathItem.HttpMethod.DELETE);
        }

        /** The scanned operation with its texts, its properties in the order the annotations of a resource method give them. */
        private Operation operation(Operation scanned, String verb, String summary, String description,
                                    UnaryOperator<List<Parameter>> parameters) {
            Operation operation = OASFactory.createOperation().summary(summary).description(description).operationId(verb + name)
                    .tags(scanned.getTags());
            if (scanned.getParameters() != null) {
                operation.parameters(new ArrayList<>(parameters.apply(scanned.getParameters())));
            }
            return operation.requestBody(scanned.getRequestBody()).responses(scanned.getResponses()).security(scanned.getSecurity());
        }

        private Parameter keyParameter(Parameter scanned) {
            return OASFactory.createParameter().description(keyDescription).example(keyExample).name(scanned.getName()).in(scanned.getIn())
                    .required(scanned.getRequired()).schema(scanned.getSchema());
        }

        private Parameter reasonParameter(Parameter scanned) {
            return OASFactory.createParameter().description("Why the " + thing + " is deleted; kept in the audit log.").example(scanned.getExample())
                    .required(scanned.getRequired()).name(scanned.getName()).in(scanned.getIn()).schema(scanned.getSchema());
        }
    }

    private static Content json(String schema) {
        return OASFactory.createContent().addMediaType(MediaType.APPLICATION_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema)));
    }

    private static PathItem require(OpenAPI openAPI, String path) {
        PathItem item = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(path);
        if (item == null) {
            throw new IllegalStateException("No path " + path + " in the scanned API: is its resource still a CatalogueWrites?");
        }
        return item;
    }

    private static Operation require(PathItem item, PathItem.HttpMethod method) {
        Operation operation = item.getOperations().get(method);
        if (operation == null) {
            throw new IllegalStateException("No " + method + " inherited from CatalogueWrites where CatalogueWriteDocs documents one.");
        }
        return operation;
    }

    /**
     * Puts a path's operations in the order the contract has had them since each catalogue declared its own writes (the
     * scanner now meets the inherited ones first), so that moving them changed no byte of openapi.yaml.
     */
    private static void order(PathItem item, PathItem.HttpMethod... methods) {
        Map<PathItem.HttpMethod, Operation> operations = new LinkedHashMap<>(item.getOperations());
        operations.keySet().forEach(method -> item.setOperation(method, null));
        for (PathItem.HttpMethod method : methods) {
            item.setOperation(method, operations.remove(method));
        }
        operations.forEach(item::setOperation);
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
