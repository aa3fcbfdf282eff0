package org.upm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.upm.layout.LineSheet;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;
import org.upm.model.DataSet;
import org.upm.testing.ToolkitFiller;
import org.upm.testing.ToolkitFiller.Entry;
import org.upm.testing.ToolkitFiller.Filled;

/**
 * Every year and kind: fill random lines (rounding edge cases first, then random ones, then faulty
 * ones) with POI, evaluate every formula with POI's FormulaEvaluator and compare each line, each
 * Summary total and the royalty with the engine. Lines left empty stay empty.
 */
class FormulaEvaluationTest {
    private static final int ROWS = 200;
    private static final int RANDOM_LINES = 150;

    static Stream<Arguments> yearsAndKinds() {
        DataSet data = Toolkits.data();
        return data.years().stream()
                .flatMap(year -> Stream.of(ToolkitKind.values()).map(kind -> Arguments.of(year, kind)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("yearsAndKinds")
    void poiEvaluatesWhatTheEngineComputes(int year, ToolkitKind kind) throws Exception {
        ToolkitLayout layout = Toolkits.layout(kind, year, ROWS);
        try (XSSFWorkbook workbook = Toolkits.open(Toolkits.bytes(layout))) {
            List<Entry> entries = new ArrayList<>(ToolkitFiller.randomEntries(layout, RANDOM_LINES, year));
            entries.addAll(EngineComparison.problemEntries(layout));
            List<Filled> filled = ToolkitFiller.fill(workbook, layout, entries);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            EngineComparison.assertAgrees(workbook, layout, filled, "POI");
            XSSFSheet sheet = workbook.getSheet(layout.lines().name());
            for (int r = LineSheet.FIRST_LINE_ROW + entries.size(); r <= layout.lines().lastLineRow(); r++) {
                EngineComparison.assertEmptyLine(sheet.getRow(r), layout);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void emptyToolkitCountsNothingAndChargesTheEntityFee(ToolkitKind kind) throws Exception {
        ToolkitLayout layout = Toolkits.layout(kind, 2026, 20);
        try (XSSFWorkbook workbook = Toolkits.open(Toolkits.bytes(layout))) {
            double cachedTotal = EngineComparison.number(workbook, "TotalProxyUsers");
            double cachedRoyalty = EngineComparison.number(workbook, "RoyaltyEstimate");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            assertEquals(0.0, EngineComparison.number(workbook, "TotalProxyUsers"));
            assertEquals(layout.model().royalty().entityFee().doubleValue(),
                    EngineComparison.number(workbook, "RoyaltyEstimate"));
            assertEquals(cachedTotal, EngineComparison.number(workbook, "TotalProxyUsers"),
                    "the cached total is what a recalculation gives");
            assertEquals(cachedRoyalty, EngineComparison.number(workbook, "RoyaltyEstimate"),
                    "the cached royalty is what a recalculation gives");
        }
    }

    static Stream<Arguments> kinds() {
        return Stream.of(ToolkitKind.values()).map(Arguments::of);
    }
}
