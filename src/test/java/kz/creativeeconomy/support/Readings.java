package kz.creativeeconomy.support;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reading a response back the way a client would: a real CSV reader, and numbers by their exact decimal digits. */
public final class Readings {

    private Readings() {
    }

    /** The rows of an RFC 4180 CSV under its header row. */
    public static List<CSVRecord> csvRecords(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    /** The number at {@code path} as plain decimal text (scale kept: 1.0 stays 1.0), or null when it is absent. */
    public static String plain(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? null : new BigDecimal(value.toString()).toPlainString();
    }
}
