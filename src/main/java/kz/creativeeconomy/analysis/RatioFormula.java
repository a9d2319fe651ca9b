package kz.creativeeconomy.analysis;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator formula of the form {@code numerator / denominator} or {@code numerator / denominator * factor}, with
 * indicator codes as operands (indicator.formula, e.g. "creative-gva / gross-product * 100"). Other formulas are not
 * recomputed.
 */
public record RatioFormula(String text, String numerator, String denominator, BigDecimal factor) {

    private static final String CODE = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final Pattern FORM = Pattern.compile("\\s*" + CODE + "\\s*/\\s*" + CODE + "\\s*(?:\\*\\s*(\\d+(?:\\.\\d+)?))?\\s*");

    public static Optional<RatioFormula> parse(String formula) {
        if (formula == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(formula);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RatioFormula(formula.trim(), m.group(1), m.group(2), m.group(3) == null ? BigDecimal.ONE : new BigDecimal(m.group(3))));
    }

    /** numerator / denominator * factor to the working precision; empty when the denominator is zero. */
    public Optional<BigDecimal> apply(BigDecimal numeratorValue, BigDecimal denominatorValue) {
        if (denominatorValue.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(DecimalMath.divide(numeratorValue, denominatorValue).multiply(factor, DecimalMath.WORKING));
    }

    /** The formula with the values put in: "25049.9 / 4459056.1 * 100". */
    public String computation(BigDecimal numeratorValue, BigDecimal denominatorValue) {
        String ratio = DecimalMath.text(numeratorValue) + " / " + DecimalMath.text(denominatorValue);
        return factor.compareTo(BigDecimal.ONE) == 0 ? ratio : ratio + " * " + DecimalMath.text(factor);
    }
}
