package org.upm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.upm.layout.LineSheet;
import org.upm.layout.MetaSheet;
import org.upm.layout.Metadata;
import org.upm.layout.Names;
import org.upm.layout.ToolkitKind;

/**
 * Every identity and integrity code, caught with its place: each case makes exactly one change to a
 * copy of a clean, filled and recalculated workbook, through POI or in the XML inside the zip.
 */
class TamperTest {
    private static final String CUSTOMERS = ToolkitKind.VENDOR.lineSheetName();
    private static final String FACILITIES = ToolkitKind.ORGANIZATION.lineSheetName();
    private static final int LAST_LINE = Fixtures.ROWS + 1;

    @TempDir
    Path dir;

    /** What to do to a copy, and the finding that must name it. */
    record Case(String name, ToolkitKind kind, boolean recalculated, BiFunction<Path, Path, Path> tamper,
            FindingCode code, String sheet, String cell) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            // identity
            vendor("a plain workbook", (s, t) -> Tamper.withPoi(s, t, wb -> {
                while (wb.getNumberOfSheets() > 0) {
                    wb.removeSheetAt(0);
                }
                wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
                wb.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList().clear();
            }), FindingCode.NOT_A_TOOLKIT, null, null),
            vendor("metadata sheet and document properties removed", (s, t) -> Tamper.withPoi(s, t, wb -> {
                wb.removeSheetAt(wb.getSheetIndex(Names.META));
                wb.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList().clear();
            }), FindingCode.NOT_A_TOOLKIT, null, null),
            vendor("line sheet deleted", (s, t) -> Tamper.withPoi(s, t, wb -> wb.removeSheetAt(wb.getSheetIndex(CUSTOMERS))),
                    FindingCode.LAYOUT_MISMATCH, CUSTOMERS, null),
            vendor("CPT year changed to one without data", (s, t) -> Tamper.withPoi(s, t, wb -> {
                meta(wb, Metadata.CPT_YEAR, "2031");
            }), FindingCode.UNKNOWN_CPT_YEAR, Names.META, metaCell(Metadata.CPT_YEAR)),
            vendor("data fingerprint of other data", (s, t) -> Tamper.withPoi(s, t, wb -> {
                meta(wb, Metadata.DATA_FINGERPRINT, "0".repeat(64));
            }), FindingCode.STALE_TEMPLATE, Names.META, metaCell(Metadata.DATA_FINGERPRINT)),
            vendor("sheet renamed", (s, t) -> Fixtures.editEntry(s, t, "xl/workbook.xml",
                    x -> x.replace("name=\"Multipliers\"", "name=\"Rates\"")),
                    FindingCode.LAYOUT_MISMATCH, Names.MULTIPLIERS, null),
            vendor("sheet added", (s, t) -> Tamper.withPoi(s, t, wb -> wb.createSheet("Notes")),
                    FindingCode.LAYOUT_MISMATCH, "Notes", null),
            vendor("sheets reordered", (s, t) -> Tamper.withPoi(s, t, wb -> wb.setSheetOrder(Names.SUMMARY, 1)),
                    FindingCode.LAYOUT_MISMATCH, null, null),
            vendor("metadata sheet unhidden", (s, t) -> Fixtures.editEntry(s, t, "xl/workbook.xml",
                    x -> x.replace("state=\"hidden\"", "state=\"visible\"")),
                    FindingCode.LAYOUT_MISMATCH, Names.META, null),
            vendor("header changed", (s, t) -> Tamper.withPoi(s, t, wb -> wb.getSheet(CUSTOMERS).getRow(0).getCell(4)
                    .setCellValue("Care Setting")), FindingCode.LAYOUT_MISMATCH, CUSTOMERS, "E1"),
            vendor("line inserted", (s, t) -> Tamper.withPoi(s, t, wb -> {
                Sheet sheet = wb.getSheet(CUSTOMERS);
                sheet.shiftRows(20, sheet.getLastRowNum(), 1);
            }), FindingCode.LAYOUT_MISMATCH, CUSTOMERS, "A21:K21"),
            vendor("line deleted", (s, t) -> Tamper.withPoi(s, t, wb -> {
                Sheet sheet = wb.getSheet(CUSTOMERS);
                sheet.removeRow(sheet.getRow(90));
                sheet.shiftRows(91, sheet.getLastRowNum(), -1);
            }), FindingCode.LAYOUT_MISMATCH, CUSTOMERS, "A" + LAST_LINE + ":K" + LAST_LINE),
            // integrity
            vendor("sheet unprotected", (s, t) -> Tamper.sheetXml(s, t, CUSTOMERS, Tamper::removeSheetProtection),
                    FindingCode.PROTECTION_REMOVED, CUSTOMERS, null),
            notRecalculated("workbook structure unlocked", (s, t) -> Fixtures.editEntry(s, t, "xl/workbook.xml",
                    x -> x.replaceFirst("<workbookProtection[^>]*/>", "")), FindingCode.PROTECTION_REMOVED, null, null),
            vendor("protection removed, then a formula changed (protection)", TamperTest::unprotectAndChangeFormula,
                    FindingCode.PROTECTION_REMOVED, CUSTOMERS, null),
            vendor("protection removed, then a formula changed (formula)", TamperTest::unprotectAndChangeFormula,
                    FindingCode.FORMULA_ALTERED, CUSTOMERS, "J12"),
            vendor("total formula changed", (s, t) -> Tamper.sheetXml(s, t, Names.SUMMARY,
                    x -> x.replace("SUM(Customers!$J$2:$J$" + LAST_LINE + ")", "SUM(Customers!$J$2:$J$" + (LAST_LINE - 1)
                            + ")")), FindingCode.FORMULA_ALTERED, Names.SUMMARY, "C26"),
            vendor("defined name redirected", (s, t) -> Fixtures.editEntry(s, t, "xl/workbook.xml",
                    x -> x.replace("Multipliers!$D$6:$F$14", "Multipliers!$D$6:$F$13")),
                    FindingCode.FORMULA_ALTERED, null, Names.MULTIPLIER_TABLE),
            vendor("formula replaced by a constant", (s, t) -> Tamper.sheetXml(s, t, CUSTOMERS,
                    x -> Tamper.replaceCell(x, "J12", "<c r=\"J12\" s=\"9\" t=\"n\"><v>5</v></c>")),
                    FindingCode.FORMULA_OVERWRITTEN, CUSTOMERS, "J12"),
            organization("users formula changed on the Facilities sheet", (s, t) -> Tamper.sheetXml(s, t, FACILITIES,
                    x -> Tamper.replaceFormula(x, "J7", "E7*100")), FindingCode.FORMULA_ALTERED, FACILITIES, "J7"),
            vendor("multiplier edited on an unprotected copy", (s, t) -> Tamper.sheetXml(s, t, Names.MULTIPLIERS,
                    x -> Tamper.replaceValue(Tamper.removeSheetProtection(x), "D6", "2.5")),
                    FindingCode.MULTIPLIER_ALTERED, Names.MULTIPLIERS, "D6"),
            vendor("template id edited", (s, t) -> Tamper.withPoi(s, t, wb -> meta(wb, Metadata.TEMPLATE_ID,
                    "UPM-VENDOR-CPT2026-L1-00000000")), FindingCode.METADATA_ALTERED, Names.META,
                    metaCell(Metadata.TEMPLATE_ID)),
            vendor("document property edited", (s, t) -> Fixtures.editEntry(s, t, "docProps/custom.xml",
                    x -> x.replace("<vt:lpwstr>vendor</vt:lpwstr>", "<vt:lpwstr>organization</vt:lpwstr>")),
                    FindingCode.METADATA_ALTERED, null, "docProps/custom.xml"),
            // results
            vendor("cached total edited in the XML", (s, t) -> Tamper.sheetXml(s, t, Names.SUMMARY,
                    x -> Tamper.replaceValue(x, "C26", "1")), FindingCode.RESULT_MISMATCH, Names.SUMMARY, "C26"),
            vendor("cached line result edited in the XML", (s, t) -> Tamper.sheetXml(s, t, CUSTOMERS,
                    x -> Tamper.replaceValue(x, "J5", "999999")), FindingCode.RESULT_MISMATCH, CUSTOMERS, "J5"),
            // reading
            vendor("link to another workbook", (s, t) -> Fixtures.editEntry(s, t, "xl/_rels/workbook.xml.rels",
                    x -> x.replace("</Relationships>", "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats"
                            + ".org/officeDocument/2006/relationships/externalLinkPath\" Target=\"file:///C:/rates.xlsx\""
                            + " TargetMode=\"External\"/></Relationships>")),
                    FindingCode.EXTERNAL_LINK, null, "/xl/workbook.xml"),
            vendor("macro-enabled content type", (s, t) -> Fixtures.editEntry(s, t, "[Content_Types].xml",
                    x -> x.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                            "application/vnd.ms-excel.sheet.macroEnabled.main+xml")),
                    FindingCode.MACRO_ENABLED, null, null)
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachTamperingIsCaughtWithItsCodeAndPlace(Case c) {
        Path source = c.recalculated() ? Fixtures.recalculated(c.kind()) : Fixtures.filled(c.kind());
        Path tampered = c.tamper().apply(source, dir.resolve("tampered.xlsx"));
        String before = Fixtures.sha256(tampered);
        ValidationResult result = Fixtures.validator().validate(tampered);
        assertEquals(before, Fixtures.sha256(tampered), "the file is not changed");
        assertFalse(result.valid(), Fixtures.describe(result));
        List<Finding> matching = result.findings().stream().filter(f -> f.code() == c.code()).toList();
        assertFalse(matching.isEmpty(), "no " + c.code().id() + ":\n" + Fixtures.describe(result));
        assertTrue(matching.stream().anyMatch(f -> java.util.Objects.equals(f.sheet(), c.sheet())
                && java.util.Objects.equals(f.cell(), c.cell())), "expected " + c.code().id() + " at " + c.sheet() + "!"
                + c.cell() + ":\n" + Fixtures.describe(result));
        assertFalse(result.has(FindingCode.INTERNAL_ERROR), Fixtures.describe(result));
    }

    private static Path unprotectAndChangeFormula(Path source, Path target) {
        return Tamper.sheetXml(source, target, CUSTOMERS, x -> Tamper.replaceFormula(Tamper.removeSheetProtection(x),
                "J12", "G12*5"));
    }


    /** Sets a metadata value on the sheet and in the document properties, as a careful forger would. */
    private static void meta(org.apache.poi.xssf.usermodel.XSSFWorkbook wb, String key, String value) {
        Sheet sheet = wb.getSheet(Names.META);
        int row = metaRow(key);
        sheet.getRow(row).getCell(MetaSheet.VALUE_COLUMN).setCellValue(value);
        var props = wb.getProperties().getCustomProperties();
        props.getUnderlyingProperties().getPropertyList().removeIf(p -> p.getName().equals(Metadata.PROPERTY_PREFIX + key));
        props.addProperty(Metadata.PROPERTY_PREFIX + key, value);
    }

    private static int metaRow(String key) {
        return List.copyOf(Fixtures.layout(ToolkitKind.VENDOR).metadata().asMap().keySet()).indexOf(key);
    }

    private static String metaCell(String key) {
        return org.upm.layout.CellRef.a1(metaRow(key), MetaSheet.VALUE_COLUMN);
    }

    private static Case vendor(String name, BiFunction<Path, Path, Path> tamper, FindingCode code, String sheet,
            String cell) {
        return new Case(name, ToolkitKind.VENDOR, true, tamper, code, sheet, cell);
    }

    private static Case organization(String name, BiFunction<Path, Path, Path> tamper, FindingCode code, String sheet,
            String cell) {
        return new Case(name, ToolkitKind.ORGANIZATION, true, tamper, code, sheet, cell);
    }

    private static Case notRecalculated(String name, BiFunction<Path, Path, Path> tamper, FindingCode code,
            String sheet, String cell) {
        return new Case(name, ToolkitKind.VENDOR, false, tamper, code, sheet, cell);
    }

}
