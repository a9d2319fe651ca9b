package kz.creativeeconomy.period;

import java.util.Arrays;
import java.util.List;

/** How long a period is. {@code cumulative} is a span of months from the start of a year; {@code point_in_time} a stock date. */
public enum Frequency {
    annual, semiannual, quarterly, monthly, cumulative, point_in_time;

    public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();
}
