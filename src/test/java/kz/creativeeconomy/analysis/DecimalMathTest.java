package kz.creativeeconomy.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** The arithmetic under every derived figure, checked without a database. */
class DecimalMathTest {

    @Test
    void nthRootOfAPerfectPowerIsExact() {
        assertEquals(0, DecimalMath.nthRoot(new BigDecimal("32"), 5).compareTo(new BigDecimal("2")));
        assertEquals(0, DecimalMath.nthRoot(new BigDecimal("0.0001"), 4).compareTo(new BigDecimal("0.1")));
        assertEquals(0, DecimalMath.nthRoot(new BigDecimal("1E+12"), 3).compareTo(new BigDecimal("1E+4")));
    }

    @Test
    void squareRootAgreesWithBigDecimalSqrtToThirtyFourDigits() {
        BigDecimal two = new BigDecimal("2");
        assertEquals(two.sqrt(MathContext.DECIMAL128), DecimalMath.nthRoot(two, 2));
    }

    @Test
    void fifthRootRaisedToTheFifthGivesBackTheRatioOfEkrCreativeGva() {
        // 25049.9 / 18610: the EKR creative GVA of 2023 over 2018 (Table 1).
        BigDecimal ratio = DecimalMath.divide(new BigDecimal("25049.9"), new BigDecimal("18610"));
        BigDecimal root = DecimalMath.nthRoot(ratio, 5);
        BigDecimal back = root.pow(5, MathContext.DECIMAL128);
        assertTrue(back.subtract(ratio).abs().compareTo(new BigDecimal("1E-30")) < 0, back + " vs " + ratio);
    }

    @Test
    void rootOfANonPositiveNumberIsRefused() {
        assertThrows(ArithmeticException.class, () -> DecimalMath.nthRoot(BigDecimal.ZERO, 2));
        assertThrows(ArithmeticException.class, () -> DecimalMath.nthRoot(new BigDecimal("-8"), 3));
    }

    @Test
    void roundingIsHalfEvenAndSaysSo() {
        assertEquals(new BigDecimal("0.2"), DecimalMath.round(new BigDecimal("0.25"), 1));
        assertEquals(new BigDecimal("0.4"), DecimalMath.round(new BigDecimal("0.35"), 1));
        assertEquals("HALF_EVEN to 1 decimal", DecimalMath.rounding(1));
        assertEquals("HALF_EVEN to 2 decimals", DecimalMath.rounding(2));
        assertEquals("HALF_EVEN to 0 decimals", DecimalMath.rounding(0));
    }
}
