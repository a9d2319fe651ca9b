package kz.creativeeconomy.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SDMX-style period code and the time span it covers: a year {@code 2023}, a half-year {@code 2024-S1}, a quarter
 * {@code 2024-Q4}, a month {@code 2025-01}, a cumulative span of months {@code 2024-01/2024-09}, or a stock date
 * {@code 2025-01-01} ("as of 1 January 2025").
 */
public record PeriodCode(String code, Frequency frequency, LocalDate start, LocalDate end) {

    public static final String FORMS = "a year (2023), half-year (2024-S1), quarter (2024-Q4), month (2025-01), "
            + "cumulative span of months (2024-01/2024-09) or date (2025-01-01)";

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-S([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern SPAN = Pattern.compile("(\\d{4}-(?:0[1-9]|1[0-2]))/(\\d{4}-(?:0[1-9]|1[0-2]))");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public static Optional<PeriodCode> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String code = raw.trim();
        Matcher m;
        try {
            if ((m = YEAR.matcher(code)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return Optional.of(new PeriodCode(code, Frequency.annual, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            if ((m = HALF.matcher(code)).matches()) {
                return Optional.of(months(code, Frequency.semiannual, Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 6 + 1, 6));
            }
            if ((m = QUARTER.matcher(code)).matches()) {
                return Optional.of(months(code, Frequency.quarterly, Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 3));
            }
            if ((m = MONTH.matcher(code)).matches()) {
                YearMonth month = YearMonth.parse(code);
                return Optional.of(new PeriodCode(code, Frequency.monthly, month.atDay(1), month.atEndOfMonth()));
            }
            if ((m = SPAN.matcher(code)).matches()) {
                YearMonth first = YearMonth.parse(m.group(1));
                YearMonth last = YearMonth.parse(m.group(2));
                return last.isBefore(first) ? Optional.empty()
                        : Optional.of(new PeriodCode(code, Frequency.cumulative, first.atDay(1), last.atEndOfMonth()));
            }
            if (DATE.matcher(code).matches()) {
                LocalDate date = LocalDate.parse(code);
                return Optional.of(new PeriodCode(code, Frequency.point_in_time, date, date));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static PeriodCode months(String code, Frequency frequency, int year, int firstMonth, int count) {
        YearMonth first = YearMonth.of(year, firstMonth);
        return new PeriodCode(code, frequency, first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
    }
}
