package kz.creativeeconomy.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a published rounded value is flagged, and which formulas are recomputed; synthetic cases the seed does not have. */
class ConsistencyRulesTest {

    @Test
    void aValueWithOneDecimalToleratesHalfAUnitOfThatDecimalAndNoMore() {
        BigDecimal published = new BigDecimal("0.6");
        PublishedRounding rounding = PublishedRounding.of(published);
        assertEquals(1, rounding.decimals());
        assertEquals(new BigDecimal("0.05"), rounding.tolerance());
        assertTrue(rounding.agrees(published, new BigDecimal("0.65")), "exactly half a unit is still explained by rounding");
        assertTrue(rounding.agrees(published, new BigDecimal("0.55")));
        assertFalse(rounding.agrees(published, new BigDecimal("0.6500001")));
        assertFalse(rounding.agrees(published, new BigDecimal("0.5499999")));
    }

    @Test
    void aValuePrintedWithoutDecimalsToleratesHalfAUnit() {
        // Kapital.kz prints "1%" for 2024.
        PublishedRounding rounding = PublishedRounding.of(new BigDecimal("1"));
        assertEquals(0, rounding.decimals());
        assertEquals(new BigDecimal("0.5"), rounding.tolerance());
    }

    @Test
    void aShareThatItsComponentsDoNotGiveIsFlagged() {
        // Synthetic: EKR 2022 components of Table 1 give 24890.6 / 3916818.1 * 100 = 0.6354...; a published 0.7 is 0.0645 away (> 0.05).
        RatioFormula formula = RatioFormula.parse("creative-gva / gross-product * 100").orElseThrow();
        BigDecimal exact = formula.apply(new BigDecimal("24890.6"), new BigDecimal("3916818.1")).orElseThrow();
        PublishedRounding rounding = PublishedRounding.of(new BigDecimal("0.7"));
        assertFalse(rounding.agrees(new BigDecimal("0.7"), exact));
        assertTrue(rounding.agrees(new BigDecimal("0.6"), exact));
        assertEquals(new BigDecimal("0.0645"), rounding.difference(new BigDecimal("0.7"), exact, "x").value());
    }

    @Test
    void ratioFormulasAreParsedAndOthersAreNot() {
        RatioFormula share = RatioFormula.parse("creative-gva / gross-product * 100").orElseThrow();
        assertEquals("creative-gva", share.numerator());
        assertEquals("gross-product", share.denominator());
        assertEquals(new BigDecimal("100"), share.factor());
        assertEquals("25049.9 / 4459056.1 * 100", share.computation(new BigDecimal("25049.9"), new BigDecimal("4459056.1")));
        assertEquals(BigDecimal.ONE, RatioFormula.parse("a / b").orElseThrow().factor());
        assertEquals(Optional.empty(), RatioFormula.parse("a + b"));
        assertEquals(Optional.empty(), RatioFormula.parse(null));
        assertEquals(Optional.empty(), share.apply(BigDecimal.ONE, BigDecimal.ZERO));
    }
}
