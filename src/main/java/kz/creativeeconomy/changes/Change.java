package kz.creativeeconomy.changes;

import java.time.Instant;

/**
 * One entry of the change feed: what happened to which item, at which position of the commit order, and in which data
 * version it first shows.
 *
 * @param position     place in commit order; every later commit has a higher position
 * @param kind         observation, source, region, indicator, cultural_organisation, event, initiative or challenge
 * @param key          the item's public key: an observation's id, a region's slug, an indicator's code, else the id
 * @param operation    insert, update, delete, or restore (an observation whose tombstone was lifted)
 * @param at           when the transaction that made it committed
 * @param dataVersion  the data version in which the change first appears
 */
public record Change(long position, String kind, String key, String operation, Instant at, long dataVersion) {

    /** The kinds of item the feed covers, with the path of their resources under the API's base URL. */
    public static String path(String kind, String key) {
        String collection = switch (kind) {
            case "observation" -> "v1/observations/";
            case "source" -> "v1/sources/";
            case "region" -> "v1/regions/";
            case "indicator" -> "v1/indicators/";
            case "cultural_organisation" -> "v1/cultural-organisations/";
            case "event" -> "v1/events/";
            case "initiative" -> "v1/initiatives/";
            case "challenge" -> "v1/challenges/";
            default -> throw new IllegalArgumentException("No resource for kind " + kind);
        };
        // Keys are digits or lower-case slugs (checked by the tables), so they need no escaping in a path.
        return collection + key;
    }
}
