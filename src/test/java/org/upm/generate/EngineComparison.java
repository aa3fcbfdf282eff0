package org.upm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.upm.calc.Calculation;
import org.upm.calc.LineResult;
import org.upm.calc.ProxyUserEngine;
import org.upm.layout.CellSpec;
import org.upm.layout.Column;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;
import org.upm.layout.UsStates;
import org.upm.testing.ToolkitFiller.Entry;
import org.upm.testing.ToolkitFiller.Filled;

/**
 * Compares the values a spreadsheet engine computed in a filled toolkit (read as cached values) with
 * what {@link ProxyUserEngine} makes of the same lines: users on every line, the Check verdict, the
 * Summary totals per application and care setting, the total and the royalty.
 */
final class EngineComparison {
    private EngineComparison() {
    }

    static void assertAgrees(XSSFWorkbook workbook, ToolkitLayout layout, List<Filled> filled, String engineName) {
        ProxyUserEngine engine = new ProxyUserEngine(layout.model());
        XSSFSheet sheet = workbook.getSheet(layout.lines().name());
        List<LineResult> all = new ArrayList<>();
        for (Filled f : filled) {
            Calculation calc = engine.calculate(f.lines());
            all.addAll(calc.results());
            assertLine(sheet.getRow(f.row()), layout, f, calc, engineName);
        }
        var totals = engine.totals(all);
        assertEquals(totals.totalUsers(), (long) number(workbook, "TotalProxyUsers"),
                engineName + ": TotalProxyUsers");
        assertEquals(0, totals.royaltyEstimate().compareTo(BigDecimal.valueOf(number(workbook, "RoyaltyEstimate"))
                .setScale(2, java.math.RoundingMode.HALF_EVEN)), engineName + ": RoyaltyEstimate "
                + totals.royaltyEstimate());
        XSSFSheet summary = workbook.getSheet(layout.summary().name());
        for (CellSpec cell : layout.summary().cells()) {
            if (!cell.isFormula() || cell.definedName() != null) {
                continue;
            }
            String code = layout.summary().cell(cell.row(), 1).map(c -> (String) c.value()).orElse(null);
            Long expected = code == null ? null
                    : totals.byApplication().getOrDefault(code, totals.byCareSetting().get(code));
            if (expected != null) {
                double actual = summary.getRow(cell.row()).getCell(cell.column()).getNumericCellValue();
                assertEquals((double) expected, actual, engineName + ": Summary " + cell.a1() + " (" + code + ")");
            }
        }
    }

    private static void assertLine(Row row, ToolkitLayout layout, Filled f, Calculation calc, String engineName) {
        String where = engineName + ": " + layout.lines().name() + " row " + (f.row() + 1) + " " + f.entry();
        if (layout.kind() == ToolkitKind.VENDOR) {
            assertUsers(row.getCell(column(layout, "Proxy users")), calc.results().get(0), where);
        } else {
            for (var app : layout.model().applications()) {
                Cell cell = row.getCell(column(layout, "Proxy users (" + app.code() + ")"));
                LineResult result = calc.results().stream()
                        .filter(r -> r.line().application().equals(app.name())).findFirst().orElse(null);
                assertUsers(cell, result, where + " " + app.code());
            }
        }
        boolean allCounted = !calc.results().isEmpty() && calc.refusedCount() == 0;
        boolean complete = f.entry().name() != null && UsStates.isValid(f.entry().state());
        String check = row.getCell(layout.lines().check().index()).getStringCellValue();
        assertEquals(allCounted && complete, check.equals("OK"), where + ": Check says '" + check + "'; engine "
                + calc.results());
        assertTrue(!check.isEmpty(), where + ": Check is empty on a filled line");
    }

    /** A counted line shows its users; a refused or absent line shows an empty cell. */
    private static void assertUsers(Cell cell, LineResult result, String where) {
        if (result instanceof LineResult.Counted counted) {
            assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), where + ": users not a number");
            assertEquals((double) counted.users(), cell.getNumericCellValue(), where + ": users");
        } else {
            assertEquals(CellType.STRING, cell.getCachedFormulaResultType(), where + ": expected no users for "
                    + result);
            assertEquals("", cell.getStringCellValue(), where + ": expected no users for " + result);
        }
    }

    static int column(ToolkitLayout layout, String header) {
        return layout.lines().column(header).map(Column::index).orElseThrow();
    }

    /** The numeric value of the cell a workbook-level defined name refers to. */
    static double number(XSSFWorkbook workbook, String name) {
        String ref = workbook.getName(name).getRefersToFormula();
        CellReference cell = new AreaReference(ref, workbook.getSpreadsheetVersion()).getFirstCell();
        return workbook.getSheet(cell.getSheetName()).getRow(cell.getRow()).getCell(cell.getCol())
                .getNumericCellValue();
    }

    /**
     * Lines with something wrong: the engine refuses most (missing, fractional, negative, text, too large
     * base metric; unknown or missing care setting; a pair not licensed by proxy); the last two are
     * counted by the engine but their Check is not OK (no name, bad state code).
     */
    static List<Entry> problemEntries(ToolkitLayout layout) {
        var model = layout.model();
        String care = model.careSettings().get(0).name();
        String app = model.applications().get(0).name();
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.of(care, app, null));
        entries.add(Entry.of(care, app, 2.5));
        entries.add(Entry.of(care, app, -3));
        entries.add(Entry.of(care, app, "twelve"));
        entries.add(Entry.of(care, app, ProxyUserEngine.MAX_BASE_METRIC + 1));
        entries.add(Entry.of("Space station", app, 10));
        entries.add(Entry.of(null, app, 10));
        for (var setting : model.careSettings()) {
            for (var a : model.applications()) {
                if (setting.multiplier(a.code()).isEmpty()) {
                    entries.add(Entry.of(setting.name(), a.name(), 25));
                }
            }
        }
        entries.add(new Entry(null, "IL", care, List.of(app), 10));
        entries.add(new Entry("Nameless state", "ZZ", care, List.of(app), 10));
        return entries;
    }

    /** Unused lines stay silent: no users, empty Check. */
    static void assertEmptyLine(Row row, ToolkitLayout layout) {
        for (Column c : layout.lines().computed()) {
            Cell cell = row.getCell(c.index());
            assertEquals("", cell.getStringCellValue(), "empty line " + (row.getRowNum() + 1) + " " + c.header());
        }
    }
}
