package kz.creativeeconomy.xlsx;

import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.creativeeconomy.support.Api;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every list as xlsx, read back with Apache POI (a reader independent of the writer) and compared with its CSV. */
@QuarkusTest
class XlsxFormatTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static List<CSVRecord> csv(String path) throws IOException {
        String text = Api.given().accept("text/csv").get(path).then().statusCode(200).extract().asString();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text))) {
            return parser.getRecords(); // the header row is read as the header, not returned as a record
        }
    }

    static List<String> csvHeader(String path) throws IOException {
        String text = Api.given().accept("text/csv").get(path).then().statusCode(200).extract().asString();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text))) {
            return parser.getHeaderNames();
        }
    }

    static List<String> texts(Row row, int columns) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cells.add(text(row.getCell(c)));
        }
        return cells;
    }

    /** A cell as the CSV writes it: numbers as plain decimals (compared by value), text as it is, empty for none. */
    static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        if (cell.getCellType() == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        return cell.getStringCellValue();
    }

    static String plain(String csvCell) {
        try {
            return new BigDecimal(csvCell).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return csvCell;
        }
    }

    @ParameterizedTest(name = "{0} as xlsx has the rows and cells of its CSV")
    @ValueSource(strings = {"/v1/regions", "/v1/indicators", "/v1/sources", "/v1/years", "/v1/observations?limit=1000",
            "/v1/observations?region=east-kazakhstan&lang=kk", "/v1/cultural-organisations", "/v1/events", "/v1/initiatives",
            "/v1/challenges", "/v1/rankings?indicator=creative-gva&period=2023",
            "/v1/indicators/creative-gva/series?region=east-kazakhstan", "/v1/consistency"})
    void everyListServesXlsxWithTheCellsOfItsCsv(String path) throws IOException {
        byte[] bytes = Api.given().queryParam("format", "xlsx").get(path).then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        List<String> header = csvHeader(path);
        List<CSVRecord> records = csv(path);
        try (XSSFWorkbook workbook = read(bytes)) {
            Sheet data = workbook.getSheet("data");
            assertNotNull(data, "a sheet named data");
            assertNotNull(workbook.getSheet("sources"), "a sheet named sources");
            assertEquals(header, texts(data.getRow(0), header.size()));
            assertEquals(records.size(), data.getLastRowNum(), "one row per CSV record, below the header row");
            for (int r = 1; r <= records.size(); r++) {
                List<String> expected = records.get(r - 1).stream().map(XlsxFormatTest::plain).toList();
                List<String> actual = texts(data.getRow(r), header.size()).stream().map(XlsxFormatTest::plain).toList();
                assertEquals(expected, actual, path + " row " + r);
            }
            PaneInformation pane = data.getPaneInformation();
            assertNotNull(pane, "the header row is frozen");
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition(), "frozen below the first row");
        }
    }

    @Test
    void valuesAreNumbersWithTheirPublishedDecimalsAndCodesAndPeriodsAreText() throws IOException {
        byte[] bytes = Api.given().accept(XLSX).queryParam("indicator", "creative-gva").queryParam("region", "east-kazakhstan")
                .get("/v1/observations").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"observations-creative-gva-east-kazakhstan.xlsx\"")).extract().asByteArray();
        try (XSSFWorkbook workbook = read(bytes)) {
            Sheet data = workbook.getSheet("data");
            List<String> header = texts(data.getRow(0), data.getRow(0).getLastCellNum());
            int value = header.indexOf("value");
            int period = header.indexOf("period_code");
            int region = header.indexOf("region_code");
            int start = header.indexOf("period_start");
            DataFormatter shown = new DataFormatter();
            // Table 1, EKR 2019: 20057.8, shown with its one decimal; 2018 printed "18 610" without one.
            Row y2018 = data.getRow(1);
            Row y2019 = data.getRow(2);
            assertEquals(CellType.NUMERIC, y2019.getCell(value).getCellType());
            assertEquals(20057.8, y2019.getCell(value).getNumericCellValue());
            assertEquals("20057.8", shown.formatCellValue(y2019.getCell(value)));
            assertEquals("18610", shown.formatCellValue(y2018.getCell(value)));
            assertEquals(CellType.STRING, y2019.getCell(period).getCellType(), "2019 stays the period code, not a number");
            assertEquals("2019", y2019.getCell(period).getStringCellValue());
            assertEquals(CellType.STRING, y2019.getCell(region).getCellType());
            assertEquals("630000000", y2019.getCell(region).getStringCellValue());
            assertEquals(CellType.STRING, y2019.getCell(start).getCellType(), "a date stays ISO text, not a spreadsheet date");
            assertEquals("2019-01-01", y2019.getCell(start).getStringCellValue());
            assertTrue(workbook.getFontAt(data.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "a bold header");
        }
    }

    @Test
    void theSourcesSheetCitesEverySourceAndFootnoteOfTheRows() throws IOException {
        String path = "/v1/observations?indicator=creative-gva&region=east-kazakhstan";
        byte[] bytes = Api.given().queryParam("format", "xlsx").get(path).then().statusCode(200).extract().asByteArray();
        List<CSVRecord> records = csv(path);
        List<String> sourceIds = new ArrayList<>();
        List<String> footnotes = new ArrayList<>();
        for (CSVRecord record : records) {
            sourceIds.add(record.get("source_id"));
            String footnote = record.get("footnote");
            if (!footnote.isEmpty()) {
                footnotes.add(footnote);
            }
        }
        assertTrue(!footnotes.isEmpty(), "Table 1's unit footnote");
        try (XSSFWorkbook workbook = read(bytes)) {
            Sheet sources = workbook.getSheet("sources");
            List<String> cells = new ArrayList<>();
            for (Row row : sources) {
                for (Cell cell : row) {
                    cells.add(text(cell));
                }
            }
            for (String id : sourceIds) {
                assertTrue(cells.contains(id), "source " + id + " on the sources sheet");
            }
            for (String footnote : footnotes) {
                assertTrue(cells.contains(footnote), "footnote on the sources sheet: " + footnote);
            }
            assertTrue(cells.contains("Gross Value Added (GVA) of economic activities related to creative industry"), "the source's title");
            assertTrue(cells.stream().anyMatch(c -> c.contains("/v1/observations?") && c.contains("indicator=creative-gva")
                    && c.contains("region=east-kazakhstan")), "the request the file answers: " + cells.subList(0, 4));
        }
    }

    @Test
    void limitAllStreamsTheWholeResultAsOneWorkbook() throws IOException {
        byte[] bytes = Api.given().queryParam("format", "xlsx").queryParam("limit", "all").get("/v1/observations").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        List<CSVRecord> records = csv("/v1/observations?format=csv&limit=all");
        try (XSSFWorkbook workbook = read(bytes)) {
            Sheet data = workbook.getSheet("data");
            assertTrue(records.size() > 100, "more than one page");
            assertEquals(records.size(), data.getLastRowNum());
            for (int r = 1; r <= records.size(); r++) {
                assertEquals(records.get(r - 1).stream().map(XlsxFormatTest::plain).toList(),
                        texts(data.getRow(r), records.get(0).size()).stream().map(XlsxFormatTest::plain).toList(), "row " + r);
            }
        }
    }

    @Test
    void aSingleItemHasNoXlsxForm() {
        assertProblem(Api.given().queryParam("format", "xlsx").get("/v1/regions/abai").then(), 406);
    }
}
