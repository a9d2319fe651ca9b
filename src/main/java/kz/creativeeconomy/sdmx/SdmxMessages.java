package kz.creativeeconomy.sdmx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import kz.creativeeconomy.common.Language;

/** The meta part every SDMX-JSON message starts with. */
final class SdmxMessages {

    private SdmxMessages() {
    }

    /**
     * prepared is when the data last changed, not the clock: one data version always gives the same bytes, which the
     * ETags and the response cache rely on. The id names the data version for the same reason.
     */
    static ObjectNode meta(String schema, String kind, long dataVersion, Instant changedAt, Language language, String self) {
        ObjectNode meta = Json.object().put("schema", schema).put("id", kind + "-v" + dataVersion).put("test", false)
                .put("prepared", changedAt.toString());
        meta.putArray("contentLanguages").add(language.name());
        for (Language other : Language.values()) {
            if (other != language) {
                meta.withArray("contentLanguages").add(other.name());
            }
        }
        Json.named(meta.putObject("sender").put("id", Sdmx.AGENCY), language, "Creative Economy of Kazakhstan open data API",
                "Открытые данные о креативной экономике Казахстана (API)", "Қазақстанның креативті экономикасы туралы ашық деректер (API)");
        meta.putArray("links").add(Json.link("self", null, self));
        return meta;
    }
}
