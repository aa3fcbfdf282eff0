package org.upm.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.upm.model.DataException;
import org.upm.model.DataSet;
import org.upm.model.ProxyModel;

class ToolkitLayoutTest {
    /** Functions every target engine evaluates identically (issue: no XLOOKUP, LET, dynamic arrays). */
    private static final Set<String> ALLOWED_FUNCTIONS = Set.of("IF", "IFERROR", "INDEX", "MATCH", "ROUNDUP", "ROUND",
            "ISNUMBER", "ISNA", "AND", "OR", "NOT", "INT", "SUM", "SUMIFS", "COUNTIF");
    private static final Pattern FUNCTION = Pattern.compile("([A-Z][A-Z0-9.]*)\\(");
    private static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9_$!.:'])([A-Z][A-Za-z]+[a-z][A-Za-z]*)(?![A-Za-z0-9_(!])");

    private static ProxyModel model() throws DataException {
        return DataSet.bundled().year(2026).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"0, A", "25, Z", "26, AA", "27, AB", "701, ZZ", "702, AAA"})
    void columnLettersRoundTrip(int index, String letters) {
        assertEquals(letters, CellRef.columnLetters(index));
        assertEquals(index, CellRef.columnIndex(letters));
    }

    @Test
    void vendorHeadersAreTheContractsInOrder() throws DataException {
        LineSheet lines = ToolkitLayout.of(ToolkitKind.VENDOR, model(), 10).lines();
        assertEquals("Customers", lines.name());
        assertEquals(List.of("Customer name", "Customer ID", "City", "State", "Care setting", "Application",
                "Base metric value", "Base metric", "Multiplier", "Proxy users", "Check"),
                lines.columns().stream().map(Column::header).toList());
        assertEquals(7, lines.inputs().size());
    }

    @Test
    void organizationHasAYesNoAndAUsersColumnPerApplication() throws DataException {
        LineSheet lines = ToolkitLayout.of(ToolkitKind.ORGANIZATION, model(), 10).lines();
        assertEquals("Facilities", lines.name());
        assertEquals(List.of("Facility name", "City", "State", "Care setting", "Base metric value",
                "Electronic medical record (EMR/EHR)", "Patient billing system", "Practice management system",
                "Base metric", "Proxy users (EMR)", "Proxy users (BILLING)", "Proxy users (PM)", "Check"),
                lines.columns().stream().map(Column::header).toList());
    }

    @ParameterizedTest
    @EnumSource(ToolkitKind.class)
    void sheetsAreInContractOrder(ToolkitKind kind) throws DataException {
        ToolkitLayout layout = ToolkitLayout.of(kind, model(), 10);
        assertEquals(List.of("Instructions", kind.lineSheetName(), "Summary", "Multipliers", "upm_meta"),
                layout.sheetNames());
        assertEquals(FixedSheet.Visibility.VERY_HIDDEN, layout.meta().visibility());
    }

    @ParameterizedTest
    @EnumSource(ToolkitKind.class)
    void everyFormulaIsBalancedUsesPortableFunctionsAndKnownNames(ToolkitKind kind) throws DataException {
        ToolkitLayout layout = ToolkitLayout.of(kind, model(), 5000);
        Set<String> names = layout.definedNames().stream().map(DefinedName::name).collect(Collectors.toSet());
        List<String> formulas = new ArrayList<>();
        layout.lines().computed().forEach(c -> formulas.add(c.formula(2)));
        layout.fixedSheets().forEach(s -> s.cells().stream().filter(CellSpec::isFormula)
                .forEach(c -> formulas.add(c.formula())));
        assertFalse(formulas.isEmpty());
        for (String formula : formulas) {
            assertTrue(formula.length() < 8192, "Excel's formula length limit");
            String code = withoutStrings(formula);
            assertEquals(0, depthAtEnd(code), formula);
            Matcher f = FUNCTION.matcher(code);
            while (f.find()) {
                assertTrue(ALLOWED_FUNCTIONS.contains(f.group(1)), f.group(1) + " in " + formula);
            }
            Matcher n = NAME.matcher(code);
            while (n.find()) {
                assertTrue(names.contains(n.group(1)), "undefined name " + n.group(1) + " in " + formula);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ToolkitKind.class)
    void contractNamesExist(ToolkitKind kind) throws DataException {
        ToolkitLayout layout = ToolkitLayout.of(kind, model(), 10);
        for (String name : List.of(kind.reporterDefinedName(), Names.CONTRACT_ID, Names.REPORTING_YEAR,
                Names.TOTAL_PROXY_USERS, Names.ROYALTY_ESTIMATE)) {
            assertTrue(layout.definedName(name).isPresent(), name);
        }
        assertEquals("Summary!$C$26", layout.definedName(Names.TOTAL_PROXY_USERS).orElseThrow().refersTo());
    }

    @Test
    void everyInputColumnHasAValidationAndEveryComputedColumnAFormula() throws DataException {
        for (ToolkitKind kind : ToolkitKind.values()) {
            LineSheet lines = ToolkitLayout.of(kind, model(), 10).lines();
            lines.inputs().forEach(c -> assertTrue(c.rule() != null && c.formulaTemplate() == null, c.header()));
            lines.computed().forEach(c -> assertTrue(c.rule() == null && c.formulaTemplate() != null, c.header()));
            assertEquals("Check", lines.columns().get(lines.columns().size() - 1).header());
            Stream.of(lines.columns().toArray(Column[]::new)).filter(c -> c.rule() != null).forEach(c -> {
                assertTrue(c.rule().promptTitle().length() <= 32, "Excel limits prompt titles: " + c.header());
                assertTrue(c.rule().prompt().length() <= 255, "Excel limits prompts: " + c.header());
            });
        }
    }

    @Test
    void rowsAreBounded() throws DataException {
        ProxyModel model = model();
        assertThrows(IllegalArgumentException.class, () -> ToolkitLayout.of(ToolkitKind.VENDOR, model, 0));
        assertThrows(IllegalArgumentException.class, () -> ToolkitLayout.of(ToolkitKind.VENDOR, model, 100_001));
        assertEquals(100_000, ToolkitLayout.of(ToolkitKind.VENDOR, model, 100_000).lines().lastLineRow());
    }

    @Test
    void templateIdNamesKindYearLayoutAndData() throws DataException {
        Metadata meta = ToolkitLayout.of(ToolkitKind.VENDOR, model(), 10).metadata();
        assertEquals("UPM-VENDOR-CPT2026-L1-" + model().fingerprint().substring(0, 8), meta.templateId());
    }

    private static String withoutStrings(String formula) {
        return formula.replaceAll("\"([^\"]|\"\")*\"", "\"\"");
    }

    private static int depthAtEnd(String code) {
        int depth = 0;
        for (char c : code.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            assertTrue(depth >= 0, code);
        }
        return depth;
    }
}
