package org.upm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetProtection;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookProtection;
import org.upm.layout.Banner;
import org.upm.layout.CellSpec;
import org.upm.layout.Column;
import org.upm.layout.DefinedName;
import org.upm.layout.FixedSheet;
import org.upm.layout.InputRule;
import org.upm.layout.LineSheet;
import org.upm.layout.Metadata;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;

/**
 * Reopens generated toolkits with POI (an independent reader: the lines were written by the
 * streaming writer) and checks them cell by cell against the layout: sheets, locked and hidden cells,
 * formula text and cached values, validations, protection and its algorithm, defined names,
 * conditional format, filter, print setup, metadata.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookStructureTest {
    private static final int ROWS = 400;
    private final Map<ToolkitKind, ToolkitLayout> layouts = new java.util.EnumMap<>(ToolkitKind.class);
    private final Map<ToolkitKind, XSSFWorkbook> workbooks = new java.util.EnumMap<>(ToolkitKind.class);

    @BeforeAll
    void generate() {
        for (ToolkitKind kind : ToolkitKind.values()) {
            ToolkitLayout layout = Toolkits.layout(kind, 2026, ROWS);
            layouts.put(kind, layout);
            workbooks.put(kind, Toolkits.open(Toolkits.bytes(layout)));
        }
    }

    @AfterAll
    void close() throws Exception {
        for (XSSFWorkbook workbook : workbooks.values()) {
            workbook.close();
        }
    }

    Stream<Arguments> kinds() {
        return Stream.of(ToolkitKind.values()).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void sheetsInOrderWithTheMetadataSheetVeryHidden(ToolkitKind kind) {
        XSSFWorkbook workbook = workbooks.get(kind);
        ToolkitLayout layout = layouts.get(kind);
        assertEquals(layout.sheetNames().size(), workbook.getNumberOfSheets());
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            String name = layout.sheetNames().get(i);
            assertEquals(name, workbook.getSheetName(i));
            SheetVisibility expected = name.equals(layout.meta().name()) ? SheetVisibility.VERY_HIDDEN
                    : SheetVisibility.VISIBLE;
            assertEquals(expected, workbook.getSheetVisibility(i), name);
        }
        assertEquals(0, workbook.getActiveSheetIndex(), "opens on the Instructions");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void workbookStructureLockedWithSha512(ToolkitKind kind) {
        XSSFWorkbook workbook = workbooks.get(kind);
        assertTrue(workbook.isStructureLocked());
        CTWorkbookProtection p = workbook.getCTWorkbook().getWorkbookProtection();
        assertEquals("SHA-512", p.getWorkbookAlgorithmName());
        assertEquals(100_000L, p.getWorkbookSpinCount());
        assertEquals(16, p.getWorkbookSaltValue().length);
        assertEquals(64, p.getWorkbookHashValue().length);
        assertTrue(workbook.validateWorkbookPassword(Toolkits.PASSWORD));
        assertFalse(workbook.validateWorkbookPassword("not the password"));
        assertTrue(workbook.getForceFormulaRecalculation(), "fullCalcOnLoad: Excel recalculates on open");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everySheetProtectedAllowingOnlySelectionAndTheLineFilter(ToolkitKind kind) {
        XSSFWorkbook workbook = workbooks.get(kind);
        String lineSheet = layouts.get(kind).lines().name();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            String name = sheet.getSheetName();
            CTSheetProtection p = sheet.getCTWorksheet().getSheetProtection();
            assertNotNull(p, name);
            assertTrue(sheet.getProtect(), name);
            assertEquals("SHA-512", p.getAlgorithmName(), name);
            assertEquals(100_000L, p.getSpinCount(), name);
            assertTrue(sheet.validateSheetPassword(Toolkits.PASSWORD), name);
            assertFalse(sheet.validateSheetPassword("guess"), name);
            assertFalse(sheet.isSelectLockedCellsLocked(), name);
            assertFalse(sheet.isSelectUnlockedCellsLocked(), name);
            assertEquals(!name.equals(lineSheet), sheet.isAutoFilterLocked(), name + " autofilter");
            for (boolean locked : List.of(sheet.isSortLocked(), sheet.isFormatCellsLocked(),
                    sheet.isFormatColumnsLocked(), sheet.isFormatRowsLocked(), sheet.isInsertColumnsLocked(),
                    sheet.isInsertRowsLocked(), sheet.isInsertHyperlinksLocked(), sheet.isDeleteColumnsLocked(),
                    sheet.isDeleteRowsLocked(), sheet.isObjectsLocked(), sheet.isScenariosLocked(),
                    sheet.isPivotTablesLocked())) {
                assertTrue(locked, name);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void definedNamesAsInTheLayout(ToolkitKind kind) {
        XSSFWorkbook workbook = workbooks.get(kind);
        for (DefinedName name : layouts.get(kind).definedNames()) {
            assertNotNull(workbook.getName(name.name()), name.name());
            assertEquals(name.refersTo(), workbook.getName(name.name()).getRefersToFormula(), name.name());
        }
        for (String required : List.of("TotalProxyUsers", "RoyaltyEstimate", "ContractId", "ReportingYear",
                kind.reporterDefinedName())) {
            assertNotNull(workbook.getName(required), required);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void lineCellsUnlockedInputsAndLockedHiddenFormulas(ToolkitKind kind) {
        ToolkitLayout layout = layouts.get(kind);
        LineSheet lines = layout.lines();
        XSSFSheet sheet = workbooks.get(kind).getSheet(lines.name());
        XSSFRow header = sheet.getRow(LineSheet.HEADER_ROW);
        for (Column column : lines.columns()) {
            XSSFCell cell = header.getCell(column.index());
            assertEquals(column.header(), cell.getStringCellValue());
            assertTrue(cell.getCellStyle().getLocked(), "header " + column.header());
            assertEquals(column.width() * 256, sheet.getColumnWidth(column.index()), column.header());
        }
        for (int r = LineSheet.FIRST_LINE_ROW; r <= lines.lastLineRow(); r++) {
            XSSFRow row = sheet.getRow(r);
            assertNotNull(row, "line row " + (r + 1));
            for (Column column : lines.columns()) {
                assertLineCell(row.getCell(column.index()), column, r);
            }
            assertEquals(lines.columns().size(), row.getPhysicalNumberOfCells(), "nothing right of the table");
        }
        assertNull(sheet.getRow(lines.lastLineRow() + 1), "no cell below the last line");
        assertEquals(lines.lastLineRow(), sheet.getLastRowNum());
    }

    private static void assertLineCell(XSSFCell cell, Column column, int row) {
        String where = column.letter() + (row + 1);
        assertNotNull(cell, where);
        if (column.isInput()) {
            assertFalse(cell.getCellStyle().getLocked(), where + " input unlocked");
            assertFalse(cell.getCellStyle().getHidden(), where);
            assertEquals(CellType.BLANK, cell.getCellType(), where);
        } else {
            assertTrue(cell.getCellStyle().getLocked(), where + " computed locked");
            assertTrue(cell.getCellStyle().getHidden(), where + " formula hidden");
            assertEquals(CellType.FORMULA, cell.getCellType(), where);
            assertEquals(column.formula(row + 1), cell.getCellFormula(), where + " formula text");
            assertEquals(CellType.STRING, cell.getCachedFormulaResultType(), where + " cached");
            assertEquals("", cell.getStringCellValue(), where + " cached value of an empty line");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void oneValidationPerInputColumnOverEveryLine(ToolkitKind kind) {
        LineSheet lines = layouts.get(kind).lines();
        XSSFSheet sheet = workbooks.get(kind).getSheet(lines.name());
        List<XSSFDataValidation> validations = sheet.getDataValidations();
        assertEquals(lines.inputs().size(), validations.size());
        for (Column column : lines.inputs()) {
            CellRangeAddress range = new CellRangeAddress(LineSheet.FIRST_LINE_ROW, lines.lastLineRow(),
                    column.index(), column.index());
            XSSFDataValidation validation = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddresses().length == 1
                            && v.getRegions().getCellRangeAddress(0).equals(range))
                    .findFirst().orElseThrow(() -> new AssertionError("no validation over " + range.formatAsString()));
            assertRule(validation, column.rule(), column.header());
        }
        for (XSSFDataValidation validation : validations) {
            assertDropDownArrowShown(sheet, validation);
        }
    }

    static void assertRule(XSSFDataValidation validation, InputRule rule, String where) {
        DataValidationConstraint c = validation.getValidationConstraint();
        switch (rule.type()) {
            case LIST -> {
                assertEquals(ValidationType.LIST, c.getValidationType(), where);
                assertEquals(rule.listSource(), c.getFormula1(), where);
            }
            case LITERAL_LIST -> {
                assertEquals(ValidationType.LIST, c.getValidationType(), where);
                assertEquals(List.of(rule.listSource().split(",")), List.of(c.getExplicitListValues()), where);
            }
            case WHOLE -> {
                assertEquals(ValidationType.INTEGER, c.getValidationType(), where);
                assertEquals(OperatorType.BETWEEN, c.getOperator(), where);
                assertEquals(Long.toString(rule.min()), c.getFormula1(), where);
                assertEquals(Long.toString(rule.max()), c.getFormula2(), where);
            }
            case TEXT -> {
                assertEquals(ValidationType.TEXT_LENGTH, c.getValidationType(), where);
                assertEquals(OperatorType.LESS_OR_EQUAL, c.getOperator(), where);
                assertEquals(Long.toString(rule.max()), c.getFormula1(), where);
            }
        }
        assertTrue(validation.getShowPromptBox(), where);
        assertTrue(validation.getShowErrorBox(), where);
        assertTrue(validation.getEmptyCellAllowed(), where);
        assertEquals(DataValidation.ErrorStyle.STOP, validation.getErrorStyle(), where);
        assertEquals(rule.promptTitle(), validation.getPromptBoxTitle(), where);
        assertEquals(rule.prompt(), validation.getPromptBoxText(), where);
        assertEquals(rule.error(), validation.getErrorBoxText(), where);
        assertTrue(rule.promptTitle().length() <= 32 && rule.prompt().length() <= 255, where + ": Excel's limits");
    }

    /** showDropDown="1" would hide the dropdown arrow in Excel: it must be absent or false. */
    private static void assertDropDownArrowShown(XSSFSheet sheet, XSSFDataValidation validation) {
        for (CTDataValidation ct : sheet.getCTWorksheet().getDataValidations().getDataValidationArray()) {
            assertFalse(ct.isSetShowDropDown() && ct.getShowDropDown(), "showDropDown on " + ct.getSqref());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void problemLinesHighlightedByOneRule(ToolkitKind kind) {
        LineSheet lines = layouts.get(kind).lines();
        XSSFSheet sheet = workbooks.get(kind).getSheet(lines.name());
        var formatting = sheet.getSheetConditionalFormatting();
        assertEquals(1, formatting.getNumConditionalFormattings());
        XSSFConditionalFormatting cf = formatting.getConditionalFormattingAt(0);
        assertEquals(List.of(LineSheetWriter.linesOf(lines, 0, lines.lastColumn())), List.of(cf.getFormattingRanges()));
        assertEquals(1, cf.getNumberOfRules());
        assertEquals(lines.problemHighlightFormula(), cf.getRule(0).getFormula1());
        assertNotNull(cf.getRule(0).getPatternFormatting());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void frozenFilteredPrintableLineSheet(ToolkitKind kind) {
        LineSheet lines = layouts.get(kind).lines();
        XSSFSheet sheet = workbooks.get(kind).getSheet(lines.name());
        assertEquals(LineSheet.FIRST_LINE_ROW, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertTrue(sheet.getPaneInformation().isFreezePane());
        assertEquals(new CellRangeAddress(0, lines.lastLineRow(), 0, lines.lastColumn()).formatAsString(),
                sheet.getCTWorksheet().getAutoFilter().getRef());
        assertEquals(CellRangeAddress.valueOf("1:1"), sheet.getRepeatingRows());
        for (XSSFSheet visible : List.of(sheet, workbooks.get(kind).getSheet("Summary"))) {
            PrintSetup print = visible.getPrintSetup();
            assertTrue(print.getLandscape());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertTrue(visible.getFitToPage());
        }
        assertEquals(Banner.text(layouts.get(kind).model()),
                sheet.getRow(0).getCell(lines.bannerColumn()).getStringCellValue(), "banner: illustrative data");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void fixedSheetsCellByCell(ToolkitKind kind) {
        XSSFWorkbook workbook = workbooks.get(kind);
        for (FixedSheet fixed : layouts.get(kind).fixedSheets()) {
            XSSFSheet sheet = workbook.getSheet(fixed.name());
            for (CellSpec spec : fixed.cells()) {
                assertFixedCell(sheet, spec, fixed.name() + "!" + spec.a1());
            }
            for (int i = 0; i < fixed.widths().size(); i++) {
                assertEquals(fixed.widths().get(i) * 256, sheet.getColumnWidth(i), fixed.name() + " width " + i);
            }
            long inputs = fixed.cells().stream().filter(c -> c.rule() != null).count();
            assertEquals(inputs, sheet.getDataValidations().size(), fixed.name() + " validations");
            for (XSSFDataValidation v : sheet.getDataValidations()) {
                CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
                CellSpec spec = fixed.cell(range.getFirstRow(), range.getFirstColumn()).orElseThrow();
                assertRule(v, spec.rule(), fixed.name() + "!" + spec.a1());
            }
        }
    }

    private static void assertFixedCell(XSSFSheet sheet, CellSpec spec, String where) {
        XSSFCell cell = sheet.getRow(spec.row()).getCell(spec.column());
        assertNotNull(cell, where);
        assertEquals(!spec.style().isInput(), cell.getCellStyle().getLocked(), where + " locked");
        assertEquals(spec.isFormula(), cell.getCellStyle().getHidden(), where + " hidden");
        if (spec.isFormula()) {
            assertEquals(spec.formula(), cell.getCellFormula(), where);
        }
        Object value = spec.value();
        if (value == null) {
            assertEquals(CellType.BLANK, cell.getCellType(), where);
        } else if (value instanceof String text) {
            assertEquals(text, cell.getStringCellValue(), where);
        } else {
            double expected = value instanceof BigDecimal d ? d.doubleValue() : ((Number) value).doubleValue();
            assertEquals(expected, cell.getNumericCellValue(), where + " (cached) value");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void metadataOnTheHiddenSheetAndInCustomProperties(ToolkitKind kind) {
        XSSFWorkbook workbook = workbooks.get(kind);
        Metadata metadata = layouts.get(kind).metadata();
        var custom = workbook.getProperties().getCustomProperties();
        for (Map.Entry<String, String> e : metadata.asMap().entrySet()) {
            assertEquals(e.getValue(), custom.getProperty(Metadata.PROPERTY_PREFIX + e.getKey()).getLpwstr(),
                    e.getKey());
        }
        assertEquals(String.valueOf(ROWS), metadata.asMap().get(Metadata.ROWS));
        var core = workbook.getProperties().getCoreProperties();
        java.util.Date effective = java.util.Date.from(layouts.get(kind).model().effectiveDate().atStartOfDay()
                .toInstant(java.time.ZoneOffset.UTC));
        assertEquals(effective, core.getCreated());
        assertEquals(effective, core.getModified());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void summaryBarChartOverTheCareSettings(ToolkitKind kind) {
        XSSFSheet summary = workbooks.get(kind).getSheet("Summary");
        List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size());
        var plot = charts.get(0).getCTChart().getPlotArea();
        assertEquals(1, plot.sizeOfBarChartArray());
        var spec = layouts.get(kind).summary().chart();
        String values = plot.getBarChartArray(0).getSerArray(0).getVal().getNumRef().getF();
        assertEquals(org.upm.layout.CellRef.absoluteRange("Summary", spec.firstRow(), spec.valueColumn(),
                spec.lastRow(), spec.valueColumn()), values);
    }

    @Test
    void noBannerWhenEveryFigureIsPublished() throws Exception {
        ToolkitLayout layout = ToolkitLayout.of(ToolkitKind.VENDOR, Toolkits.published(Toolkits.model(2026)), 5);
        try (XSSFWorkbook workbook = Toolkits.open(Toolkits.bytes(layout))) {
            XSSFRow header = workbook.getSheet(layout.lines().name()).getRow(0);
            assertNull(header.getCell(layout.lines().bannerColumn()));
            assertEquals(layout.lines().columns().size(), header.getPhysicalNumberOfCells());
        }
    }
}
