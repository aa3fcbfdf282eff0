package org.upm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upm.cli.Main;

/** {@code upm generate} as a person runs it: options, output lines, exit statuses and messages. */
class GenerateCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status = new Main().run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return status;
    }

    @Test
    void everyYearAndBothKindsByDefault() throws Exception {
        assertEquals(0, run("generate", "--out", dir.toString(), "--rows", "3"));
        List<String> lines = out.lines().toList();
        int years = Toolkits.data().years().size();
        assertEquals(2 * years, lines.size(), out);
        Path first = dir.resolve("CPT-2018").resolve("UPM-Vendor-Toolkit-CPT2018.xlsx");
        assertEquals(first + "  vendor  CPT 2018  3 rows  data illustrative", lines.get(0));
        assertEquals(dir.resolve("CPT-2018").resolve("UPM-Organization-Toolkit-CPT2018.xlsx")
                + "  organization  CPT 2018  3 rows  data illustrative", lines.get(1));
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(2 * years, files.filter(p -> p.toString().endsWith(".xlsx")).count());
        }
    }

    @Test
    void oneYearOneKindWithTheDevelopmentPasswordWarning() throws Exception {
        assertEquals(0, run("generate", "--out", dir.toString(), "--year", "2026", "--kind", "organization",
                "--rows", "1,000", "--password-env", "UPM_TEST_SURELY_UNSET_VARIABLE"));
        assertEquals(dir.resolve("CPT-2026").resolve("UPM-Organization-Toolkit-CPT2026.xlsx")
                + "  organization  CPT 2026  1,000 rows  data illustrative" + System.lineSeparator(), out);
        assertEquals("upm generate: warning: UPM_TEST_SURELY_UNSET_VARIABLE is not set, so the toolkits are "
                + "protected with the development password from the README; set UPM_TEST_SURELY_UNSET_VARIABLE "
                + "for toolkits you distribute" + System.lineSeparator(), err);
        assertPassword(dir.resolve("CPT-2026").resolve("UPM-Organization-Toolkit-CPT2026.xlsx"),
                ToolkitGenerator.DEVELOPMENT_PASSWORD);
    }

    @Test
    void passwordFromTheNamedEnvironmentVariable() throws Exception {
        String variable = System.getenv("HOME") != null ? "HOME" : "PATH";
        assertEquals(0, run("generate", "--out", dir.toString(), "--year", "2025", "2026", "--kind", "vendor",
                "--rows", "2", "--password-env", variable));
        assertEquals("", err, "no warning when the variable is set");
        assertEquals(2, out.lines().count());
        assertPassword(dir.resolve("CPT-2025").resolve("UPM-Vendor-Toolkit-CPT2025.xlsx"), System.getenv(variable));
    }

    private static void assertPassword(Path file, String password) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertTrue(workbook.validateWorkbookPassword(password));
            assertTrue(workbook.getSheetAt(1).validateSheetPassword(password));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--rows|0|--rows must be a whole number from 1 to 100,000: '0'",
        "--rows|100001|--rows must be a whole number from 1 to 100,000: '100001'",
        "--rows|many|--rows must be a whole number from 1 to 100,000: 'many'",
        "--kind|robot|--kind must be vendor, organization or all: 'robot'",
        "--year|1999|no data for CPT year 1999 in bundled data; years available: "
                + "[2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]",
        "--year|next|'next' is not a year; give a four-digit CPT year such as 2026",
        "--password-env|$PW|--password-env takes the name of an environment variable, e.g. "
                + "UPM_PROTECTION_PASSWORD: '$PW'",
    })
    void usageErrorsExitWithTwo(String option, String value, String message) {
        assertEquals(2, run("generate", "--out", dir.toString(), option, value));
        assertEquals("upm generate: " + message + System.lineSeparator(), err);
        assertEquals("", out);
    }

    @Test
    void argumentsAreAUsageError() {
        assertEquals(2, run("generate", "stray"));
        assertTrue(err.contains("unexpected argument 'stray'"), err);
    }

    @Test
    void refusesToOverwriteAForeignFileUnlessForced() throws Exception {
        Path target = dir.resolve("CPT-2026").resolve("UPM-Vendor-Toolkit-CPT2026.xlsx");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "not a toolkit");
        assertEquals(1, run("generate", "--out", dir.toString(), "--year", "2026", "--rows", "2"));
        assertTrue(err.contains("upm generate: " + target + " exists and is not a toolkit written by upm generate"
                + " (it is not an .xlsx workbook); move it away or run again with --force to overwrite it"), err);
        assertEquals(1, out.lines().count(), "the organization toolkit is still written");
        assertEquals("not a toolkit", Files.readString(target));
        assertEquals(0, run("generate", "--out", dir.toString(), "--year", "2026", "--rows", "2", "--force"));
        assertFalse(Files.readString(target, StandardCharsets.ISO_8859_1).equals("not a toolkit"));
    }

    @Test
    void unwritableOutputFolderExitsWithOne() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(1, run("generate", "--out", file.toString(), "--year", "2026", "--kind", "vendor", "--rows",
                "2"));
        Path target = file.resolve("CPT-2026").resolve("UPM-Vendor-Toolkit-CPT2026.xlsx");
        assertTrue(err.contains("upm generate: cannot write " + target + ": "), err);
        assertTrue(err.contains("; choose an output folder you can write to (--out DIR)"), err);
        assertEquals(2, err.lines().count(), "the warning and one sentence, no stack trace: " + err);
    }

    @Test
    void helpListsEveryOption() {
        assertEquals(0, run("generate", "--help"));
        for (String option : List.of("--year", "--kind", "--rows", "--out", "--data", "--password-env", "--force")) {
            assertTrue(out.contains(option), option);
        }
    }
}
