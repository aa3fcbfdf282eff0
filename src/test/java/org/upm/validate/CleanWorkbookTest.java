package org.upm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.upm.calc.ProxyUserEngine;
import org.upm.calc.Totals;
import org.upm.layout.ToolkitKind;
import org.upm.testing.ToolkitFiller;

/**
 * Honest workbooks validate without errors and with the engine's totals: generated, filled by POI
 * (a tool that does not calculate), recalculated by LibreOffice, and resaved by POI.
 */
class CleanWorkbookTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ToolkitKind.class)
    void aGeneratedToolkitLacksOnlyTheReportingInformation(ToolkitKind kind) {
        ValidationResult result = Fixtures.validator().validate(Fixtures.generated(kind));
        assertEquals(Set.of(FindingCode.MISSING_REPORTING_INFO, FindingCode.ILLUSTRATIVE_DATA), codes(result),
                Fixtures.describe(result));
        assertEquals(3, result.errors(), "vendor or organization name, contract ID, reporting year");
        assertEquals(0, result.totals().totalUsers());
        assertEquals(new ToolkitInfo(kind, Fixtures.YEAR, 1, Fixtures.model().fingerprint(), Fixtures.ROWS,
                Fixtures.layout(kind).metadata().templateId()), result.toolkit());
    }

    @ParameterizedTest
    @EnumSource(ToolkitKind.class)
    void aToolkitFilledByPoiIsValidButNotRecalculated(ToolkitKind kind) {
        ValidationResult result = Fixtures.validator().validate(Fixtures.filled(kind));
        assertTrue(result.valid(), Fixtures.describe(result));
        assertEquals(Set.of(FindingCode.NOT_RECALCULATED, FindingCode.ILLUSTRATIVE_DATA), codes(result),
                Fixtures.describe(result));
        assertEngineTotals(kind, result);
    }

    @ParameterizedTest
    @EnumSource(ToolkitKind.class)
    void aToolkitFilledByPoiAndRecalculatedByLibreOfficeIsClean(ToolkitKind kind) {
        ValidationResult result = Fixtures.validator().validate(Fixtures.recalculated(kind));
        assertTrue(result.valid(), Fixtures.describe(result));
        assertEquals(Set.of(FindingCode.ILLUSTRATIVE_DATA), codes(result), Fixtures.describe(result));
        assertEngineTotals(kind, result);
        assertEquals(Fixtures.filledLines(kind).size(), result.lines());
    }

    @ParameterizedTest
    @EnumSource(ToolkitKind.class)
    void aRecalculatedToolkitResavedByPoiIsStillClean(ToolkitKind kind) throws IOException {
        Path resaved = dir.resolve(kind.fileName(Fixtures.YEAR));
        try (InputStream in = Files.newInputStream(Fixtures.recalculated(kind)); XSSFWorkbook wb = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(resaved)) {
            wb.write(out);
        }
        ValidationResult result = Fixtures.validator().validate(resaved);
        assertEquals(Set.of(FindingCode.ILLUSTRATIVE_DATA), codes(result), Fixtures.describe(result));
    }

    @Test
    void validationNeverChangesTheFile() {
        Path file = Fixtures.filled(ToolkitKind.VENDOR);
        String before = Fixtures.sha256(file);
        ValidationResult result = Fixtures.validator().validate(file);
        assertEquals(before, Fixtures.sha256(file));
        assertEquals(before, result.sha256());
    }

    /** Every toolkit committed in generated/ (every year, both kinds) is recognised with nothing wrong in it. */
    @ParameterizedTest
    @MethodSource("committedToolkits")
    void everyCommittedToolkitIsGenuine(Path file) {
        ValidationResult result = Fixtures.validator().validate(file);
        assertEquals(Set.of(FindingCode.MISSING_REPORTING_INFO), codes(result).stream()
                .filter(c -> c != FindingCode.ILLUSTRATIVE_DATA).collect(java.util.stream.Collectors.toSet()),
                Fixtures.describe(result));
        assertNotNull(result.toolkit());
    }

    static Stream<Path> committedToolkits() throws IOException {
        Path generated = Path.of("generated");
        Assumptions.assumeTrue(Files.isDirectory(generated), "no generated/ folder");
        try (Stream<Path> files = Files.walk(generated)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
            return list.stream();
        }
    }

    private static void assertEngineTotals(ToolkitKind kind, ValidationResult result) {
        ProxyUserEngine engine = new ProxyUserEngine(Fixtures.model());
        Totals expected = engine.calculate(ToolkitFiller.lines(Fixtures.filledLines(kind))).totals();
        assertEquals(expected, result.totals());
        assertTrue(expected.totalUsers() > 0);
    }

    static Set<FindingCode> codes(ValidationResult result) {
        return result.findings().stream().map(Finding::code).collect(java.util.stream.Collectors.toSet());
    }
}
