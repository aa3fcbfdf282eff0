package org.upm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upm.testing.CliRun;

class DataCommandTest {
    @TempDir
    Path dir;

    @Test
    void listShowsTheTenYears() {
        CliRun run = CliRun.of("data", "list");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(11, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("YEAR  STATUS"));
        for (int year = 2018; year <= 2027; year++) {
            assertTrue(lines.get(year - 2017).matches(year + "  illustrative +9 +3 .* [0-9a-f]{64}"), lines.get(year - 2017));
        }
    }

    @Test
    void showPrintsTheTableAndMarksIllustrativeFigures() {
        CliRun run = CliRun.of("data", "show", "--year", "2026");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Physician practice                 PRACTICE         Billing providers       4"),
                run.out());
        assertTrue(run.out().contains("ILLUSTRATIVE"));
        assertTrue(run.out().contains("Royalty: entity fee 82.50* + 18.50 USD per proxy user"), run.out());
    }

    @Test
    void showJsonHasMultipliersAsExactStrings() {
        CliRun run = CliRun.of("data", "show", "--year", "2021", "--format", "json");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\"CRITICAL_ACCESS\""));
        assertTrue(run.out().contains("\"value\": \"0.7\""), run.out());
        assertTrue(run.out().contains("\"perUser\": \"17.00\""));
    }

    @Test
    void showOfAMissingYearIsAUsageError() {
        CliRun run = CliRun.of("data", "show", "--year", "1999");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("no data for CPT year 1999"), run.err());
    }

    @Test
    void checkPassesTheBundledFiles() {
        CliRun run = CliRun.of("data", "check", "templates/cpt-2018.xml", "templates/cpt-2027.xml");
        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().startsWith("templates/cpt-2018.xml: OK (CPT 2018, illustrative, 9 care settings"));
    }

    @Test
    void checkListsEveryProblemWithFileLineColumnAndExits1() throws IOException {
        String good = Files.readString(Path.of("src/test/resources/model/cpt-2026.xml"));
        Path bad = Files.writeString(dir.resolve("cpt-2026.xml"),
                good.replace("value=\"0.63\"", "value=\"-0.63\"").replace("code=\"LAB\"", "code=\"lab\""));
        CliRun run = CliRun.of("data", "check", "templates/cpt-2026.xml", bad.toString());
        assertEquals(1, run.status());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("templates/cpt-2026.xml: OK"));
        assertEquals(bad + ":59:88: 'lab' is not a valid code; codes match [A-Z][A-Z0-9_]* (capital letter, then "
                + "capitals, digits or _)", lines.get(1));
        assertEquals(bad + ":65:73: value -0.63 is negative; multipliers and fees are 0 or more", lines.get(2));
    }

    @Test
    void checkOfAMissingFileIsAUsageError() {
        CliRun run = CliRun.of("data", "check", "no/such.xml");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("no/such.xml: no such file"), run.err());
    }

    @Test
    void dataOptionReadsAnotherFolder() throws IOException {
        Files.copy(Path.of("src/test/resources/model/cpt-2026.xml"), dir.resolve("cpt-2026.xml"));
        CliRun run = CliRun.of("data", "list", "--data", dir.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(2, run.out().lines().count());
    }
}
