package kz.creativeeconomy.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.QueryParams;

/** Country codes of the country filter: ISO 3166-1 alpha-2, as stored in event_country. */
public final class Countries {

    static final Set<String> ISO_3166_ALPHA_2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Countries() {
    }

    /** The codes of a repeatable parameter, upper-cased; a value that is not an ISO code answers 400 naming the parameter. */
    public static List<String> parse(String parameter, List<String> raw) {
        return QueryParams.list(raw).stream().map(value -> {
            String code = value.toUpperCase(Locale.ROOT);
            if (!ISO_3166_ALPHA_2.contains(code)) {
                throw ProblemException.invalidParameter(parameter, "'" + value + "' is not an ISO 3166-1 alpha-2 country code",
                        "a two-letter ISO 3166-1 country code such as KZ, MN, CN, RU or TR");
            }
            return code;
        }).toList();
    }
}
