package kz.creativeeconomy.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.indicator.IndicatorService;
import kz.creativeeconomy.region.RegionService;
import org.junit.jupiter.api.Test;

/**
 * Keeps the SVG of a few charts byte for byte, as Our World in Data does with Grapher's: any change to the drawing shows
 * up as a diff of a committed file. After an intended change, regenerate with
 * {@code ./mvnw test -Dtest=ChartGoldenTest -Dgolden.update=true}, look at the diff and the files, and commit them.
 */
@QuarkusTest
class ChartGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/chart/golden");

    @Inject
    ChartService charts;
    @Inject
    ChartRenderer renderer;
    @Inject
    IndicatorService indicators;
    @Inject
    RegionService regions;

    @Test
    void eastKazakhstanCreativeGvaInEnglishIsUnchanged() throws IOException {
        assertGolden("creative-gva-east-kazakhstan-en.svg", chart("creative-gva", List.of("east-kazakhstan"), Language.en));
    }

    @Test
    void creativeGvaShareOfFourTerritoriesInRussianIsUnchanged() throws IOException {
        assertGolden("creative-gva-share-four-regions-ru.svg",
                chart("creative-gva-share", List.of("kazakhstan", "astana", "almaty", "east-kazakhstan"), Language.ru));
    }

    @Test
    void provisionalEstimatedBreakAndGapInKazakhAreUnchanged() throws IOException {
        // Not in the seed (every published figure is final): the statuses the data model allows, drawn from a chart built here.
        Chart chart = new Chart(Language.kk, "test-indicator", "Шығармашылық индустриялардың ЖҚҚ", "млн теңге", "annual", List.of(
                new Chart.Line("630000000", "east-kazakhstan", "Шығыс Қазақстан облысы", List.of(
                        point("2018", "18610", "final", null),
                        point("2019", "20057.8", "final", null),
                        point("2020", "-1250.5", "estimated", "Бағалау: <кесте> & мәтін"),
                        point("2022", "24890.6", "break", "Аумақ 2022 жылы өзгерді"),
                        point("2023", "25049.9", "provisional", "Алдын ала"))),
                new Chart.Line("KZ", "kazakhstan", "Қазақстан", List.of(
                        point("2019", "30000", "final", null),
                        point("2020", "31000.25", "final", null)))),
                List.of("Тест дереккөзі, кесте 1"), List.of("Тест мақаласы (2025)"));
        assertGolden("statuses-gap-kk.svg", renderer.svgDocument(chart));
    }

    private String chart(String indicator, List<String> slugs, Language language) {
        ChartService.Request request = ChartService.Request.of(indicators.find(indicator).orElseThrow(),
                regions.resolveAll("region", slugs));
        return renderer.svgDocument(charts.chart(request, language));
    }

    private static Chart.Point point(String year, String value, String status, String footnote) {
        int y = Integer.parseInt(year);
        return new Chart.Point(year, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), new BigDecimal(value), status, footnote, "test");
    }

    private static void assertGolden(String name, String svg) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, svg, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            throw new AssertionError(file + " is missing; run with -Dgolden.update=true to write it, then commit it");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), svg,
                name + " changed; if intended, run with -Dgolden.update=true, review the diff and commit it");
    }
}
