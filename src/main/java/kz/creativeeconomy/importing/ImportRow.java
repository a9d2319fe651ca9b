package kz.creativeeconomy.importing;

import java.util.List;

/** One row of an import as read from the file, before validation; row 1 is the first data row. */
record ImportRow(long row, String indicator, String region, String period, String breakdownDimension, String breakdownMember,
                 String value, String status, String footnote, String source, List<String> unknownFields) {

    ImportRow(long row, String indicator, String region, String period, String breakdownDimension, String breakdownMember,
              String value, String status, String footnote, String source) {
        this(row, indicator, region, period, breakdownDimension, breakdownMember, value, status, footnote, source, List.of());
    }

    ImportRow withUnknown(List<String> unknown) {
        return new ImportRow(row, indicator, region, period, breakdownDimension, breakdownMember, value, status, footnote, source, List.copyOf(unknown));
    }
}
