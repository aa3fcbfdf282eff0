package org.upm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.upm.layout.Names;
import org.upm.layout.ToolkitKind;
import org.upm.testing.ToolkitFiller.Entry;

/** One case per input code, each naming the cell it must point at; and the spellings the workbook accepts. */
class InputFindingsTest {
    private static final String PRACTICE = "Physician practice";
    private static final String EMR = "Electronic medical record (EMR/EHR)";
    private static final String BILLING = "Patient billing system";
    private static final String PM = "Practice management system";

    @TempDir
    Path dir;

    /**
     * @param entries what the filler writes from the first line (row 2) down
     * @param after a further change through POI, or null
     */
    record Case(String name, ToolkitKind kind, List<Entry> entries, Consumer<XSSFWorkbook> after, FindingCode code,
            String sheet, String cell) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            vendor("customer name missing", new Entry(null, "IL", PRACTICE, List.of(EMR), 5), FindingCode.MISSING_VALUE, "A2"),
            vendor("state missing", new Entry("Clinic", null, PRACTICE, List.of(EMR), 5), FindingCode.MISSING_VALUE, "D2"),
            vendor("care setting missing", new Entry("Clinic", "IL", null, List.of(EMR), 5), FindingCode.MISSING_VALUE,
                    "E2"),
            vendor("application missing", new Entry("Clinic", "IL", PRACTICE, List.of(), 5), FindingCode.MISSING_VALUE,
                    "F2"),
            vendor("base metric missing", Entry.of(PRACTICE, EMR, null), FindingCode.MISSING_VALUE, "G2"),
            vendor("base metric typed as text", Entry.of(PRACTICE, EMR, "12"), FindingCode.NOT_A_NUMBER, "G2"),
            vendor("negative base metric", Entry.of(PRACTICE, EMR, -3), FindingCode.NEGATIVE_VALUE, "G2"),
            vendor("fractional base metric", Entry.of(PRACTICE, EMR, 2.5), FindingCode.NOT_WHOLE_NUMBER, "G2"),
            vendor("base metric over the ceiling", Entry.of(PRACTICE, EMR, 20_000_000), FindingCode.VALUE_TOO_LARGE,
                    "G2"),
            vendor("care setting code instead of name", Entry.of("PRACTICE", EMR, 5), FindingCode.UNKNOWN_CARE_SETTING,
                    "E2"),
            vendor("care setting with a stray space", Entry.of(PRACTICE + " ", EMR, 5),
                    FindingCode.UNKNOWN_CARE_SETTING, "E2"),
            vendor("application code instead of name", Entry.of(PRACTICE, "EMR", 5), FindingCode.UNKNOWN_APPLICATION,
                    "F2"),
            vendor("application not licensed for the care setting", Entry.of("Billing service", EMR, 5),
                    FindingCode.NOT_APPLICABLE, "F2"),
            vendor("state that is no USPS code", new Entry("Clinic", "ZZ", PRACTICE, List.of(EMR), 5),
                    FindingCode.INVALID_STATE, "D2"),
            new Case("same customer ID, care setting and application twice", ToolkitKind.VENDOR,
                    List.of(Entry.of(PRACTICE, EMR, 5), Entry.of(PRACTICE, EMR, 7)),
                    wb -> wb.getSheet("Customers").getRow(2).getCell(1).setCellValue("ID-1"),
                    FindingCode.DUPLICATE_LINE, "Customers", "B3"),
            new Case("contract ID missing", ToolkitKind.VENDOR, List.of(Entry.of(PRACTICE, EMR, 5)),
                    wb -> wb.getSheet(Names.SUMMARY).getRow(5).getCell(1).setBlank(),
                    FindingCode.MISSING_REPORTING_INFO, Names.SUMMARY, "B6"),
            new Case("vendor name missing", ToolkitKind.VENDOR, List.of(Entry.of(PRACTICE, EMR, 5)),
                    wb -> wb.getSheet(Names.SUMMARY).getRow(4).getCell(1).setCellValue("   "),
                    FindingCode.MISSING_REPORTING_INFO, Names.SUMMARY, "B5"),
            new Case("reporting year of another year", ToolkitKind.VENDOR, List.of(Entry.of(PRACTICE, EMR, 5)),
                    wb -> wb.getSheet(Names.SUMMARY).getRow(6).getCell(1).setCellValue(2025),
                    FindingCode.REPORTING_YEAR_MISMATCH, Names.SUMMARY, "B7"),
            new Case("reporting year typed as text", ToolkitKind.VENDOR, List.of(Entry.of(PRACTICE, EMR, 5)),
                    wb -> wb.getSheet(Names.SUMMARY).getRow(6).getCell(1).setCellValue("2026"),
                    FindingCode.REPORTING_YEAR_MISMATCH, Names.SUMMARY, "B7"),
            organization("facility name missing", new Entry(null, "IL", PRACTICE, List.of(EMR), 5),
                    FindingCode.MISSING_VALUE, "A2"),
            organization("no application answered Yes", new Entry("Clinic", "IL", PRACTICE, List.of(), 5),
                    FindingCode.MISSING_VALUE, "F2"),
            organization("application not licensed for the care setting",
                    new Entry("Home", "IL", "Skilled nursing facility", List.of(EMR, PM), 40), FindingCode.NOT_APPLICABLE,
                    "H2"),
            organization("base metric typed as text", new Entry("Clinic", "IL", PRACTICE, List.of(EMR, BILLING), "3"),
                    FindingCode.NOT_A_NUMBER, "E2"),
            new Case("answer neither Yes nor No", ToolkitKind.ORGANIZATION,
                    List.of(new Entry("Clinic", "IL", PRACTICE, List.of(EMR), 5)),
                    wb -> wb.getSheet("Facilities").getRow(1).getCell(6).setCellValue("Maybe"),
                    FindingCode.INVALID_ANSWER, "Facilities", "G2"),
            new Case("same facility twice", ToolkitKind.ORGANIZATION,
                    List.of(new Entry("Clinic", "IL", PRACTICE, List.of(EMR), 5),
                            new Entry("Clinic", "IL", PRACTICE, List.of(BILLING), 5)),
                    null, FindingCode.DUPLICATE_LINE, "Facilities", "A3")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachInputProblemNamesItsCell(Case c) throws IOException {
        ValidationResult result = fill(c.kind(), c.entries(), c.after());
        Set<String> inputs = result.findings().stream().filter(f -> f.code().group() == FindingCode.Group.INPUTS)
                .map(f -> f.code().id() + " " + f.location()).collect(Collectors.toSet());
        assertEquals(Set.of(c.code().id() + " " + c.sheet() + "!" + c.cell()), inputs, Fixtures.describe(result));
        assertEquals(Set.of(), result.findings().stream().filter(f -> f.code().group() == FindingCode.Group.INTEGRITY
                || f.code().group() == FindingCode.Group.IDENTITY).collect(Collectors.toSet()));
    }

    /** What the workbook's MATCH and "=" accept, the validator accepts: names in any case, Yes in any case. */
    @ParameterizedTest
    @MethodSource("accepted")
    void spellingsTheWorkbookAcceptsAreAccepted(ToolkitKind kind, Entry entry, Consumer<XSSFWorkbook> after, long users)
            throws IOException {
        ValidationResult result = fill(kind, List.of(entry), after);
        assertTrue(result.valid(), Fixtures.describe(result));
        assertEquals(users, result.totals().totalUsers());
    }

    static Stream<Arguments> accepted() {
        Consumer<XSSFWorkbook> lowerYes = wb -> wb.getSheet("Facilities").getRow(1).getCell(5).setCellValue("yes");
        return Stream.of(
            Arguments.of(ToolkitKind.VENDOR, Entry.of("physician PRACTICE", "electronic medical record (emr/ehr)", 5),
                    null, 20L),
            Arguments.of(ToolkitKind.ORGANIZATION, new Entry("Clinic", "il", PRACTICE, List.of(EMR), 5), lowerYes, 20L));
    }

    private ValidationResult fill(ToolkitKind kind, List<Entry> entries, Consumer<XSSFWorkbook> after)
            throws IOException {
        Path filled = dir.resolve("filled.xlsx");
        Fixtures.fill(Fixtures.generated(kind), filled, kind, entries);
        Path file = after == null ? filled : Tamper.withPoi(filled, dir.resolve("changed.xlsx"), after);
        return Fixtures.validator().validate(file);
    }

    private static Case vendor(String name, Entry entry, FindingCode code, String cell) {
        return new Case(name, ToolkitKind.VENDOR, List.of(entry), null, code, "Customers", cell);
    }

    private static Case organization(String name, Entry entry, FindingCode code, String cell) {
        return new Case(name, ToolkitKind.ORGANIZATION, List.of(entry), null, code, "Facilities", cell);
    }
}
