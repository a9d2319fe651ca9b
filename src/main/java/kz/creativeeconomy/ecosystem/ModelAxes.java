package kz.creativeeconomy.ecosystem;

import java.util.Comparator;
import java.util.List;

/**
 * The two axes of the Collaborative Ecosystem Model: its actors (rows) and the aspects they contribute to
 * (columns of Table 6). The codes are those of the check constraints of the ecosystem_* tables; the order is the
 * order of Table 6, which is the order a matrix is drawn in.
 */
public final class ModelAxes {

    public record Axis(String code, String label) {
    }

    public static final List<Axis> ACTORS = List.of(
            new Axis("government", "Government"),
            new Axis("university", "University"),
            new Axis("business", "Business"));

    public static final List<Axis> ASPECTS = List.of(
            new Axis("innovations", "Innovations"),
            new Axis("risk_management", "Risk management"),
            new Axis("investments", "Investments"),
            new Axis("city_development", "City development"));

    private ModelAxes() {
    }

    static Comparator<String> actorOrder() {
        return Comparator.comparingInt(code -> position(ACTORS, code));
    }

    static Comparator<String> aspectOrder() {
        return Comparator.comparingInt(code -> position(ASPECTS, code));
    }

    private static int position(List<Axis> axes, String code) {
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).code().equals(code)) {
                return i;
            }
        }
        // A code the schema allows but this list does not know goes last rather than failing the whole model.
        return axes.size();
    }
}
