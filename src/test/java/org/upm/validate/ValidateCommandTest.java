package org.upm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upm.layout.ToolkitKind;
import org.upm.report.ValidationCsv;
import org.upm.testing.CliRun;

/** {@code upm validate} end to end: a folder mixing good, tampered and broken files, report formats, exit statuses. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** Good, tampered and broken files in one folder (and a subfolder); names sort in the order listed. */
    private Map<String, Path> mixedFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("returned"));
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("a-good-vendor.xlsx", Files.copy(Fixtures.filled(ToolkitKind.VENDOR), folder.resolve("a-good-vendor.xlsx")));
        files.put("b-tampered.xlsx", Tamper.sheetXml(Fixtures.filled(ToolkitKind.VENDOR), folder.resolve("b-tampered.xlsx"),
                "Customers", x -> Tamper.replaceCell(x, "J12", "<c r=\"J12\"><v>5</v></c>")));
        files.put("c-empty.xlsx", Files.write(folder.resolve("c-empty.xlsx"), new byte[0]));
        files.put("d-notes.txt", Files.writeString(folder.resolve("d-notes.txt"), "returned on time"));
        Path sub = Files.createDirectories(folder.resolve("e-more"));
        files.put("e-more/good-organization.xlsx", Files.copy(Fixtures.filled(ToolkitKind.ORGANIZATION),
                sub.resolve("good-organization.xlsx")));
        return files;
    }

    @Test
    void aMixedFolderGetsOneReportWithEveryFileJudged() throws IOException {
        Map<String, Path> files = mixedFolder();
        Map<String, String> before = new LinkedHashMap<>();
        files.forEach((name, path) -> before.put(name, Fixtures.sha256(path)));
        CliRun run = run("validate", "--jobs", "3", dir.resolve("returned").toString());
        assertEquals(1, run.status(), run.err());
        List<String> verdicts = run.out().lines().filter(l -> l.matches("^(VALID|INVALID|UNREADABLE) .*")).toList();
        assertEquals(5, verdicts.size(), run.out());
        assertTrue(verdicts.get(0).startsWith("VALID ") && verdicts.get(0).contains("a-good-vendor.xlsx"), run.out());
        assertTrue(verdicts.get(1).startsWith("INVALID ") && verdicts.get(1).contains("b-tampered.xlsx"), run.out());
        assertTrue(verdicts.get(2).startsWith("UNREADABLE ") && verdicts.get(2).contains("c-empty.xlsx"), run.out());
        assertTrue(verdicts.get(3).startsWith("UNREADABLE ") && verdicts.get(3).contains("d-notes.txt"), run.out());
        assertTrue(verdicts.get(4).startsWith("VALID ") && verdicts.get(4).contains("good-organization.xlsx"), run.out());
        assertTrue(run.out().contains("formula-overwritten"), run.out());
        assertTrue(run.out().contains("Customers!J12"), run.out());
        assertTrue(run.out().contains("Summary: 5 files, 2 valid, 3 invalid;"), run.out());
        files.forEach((name, path) -> assertEquals(before.get(name), Fixtures.sha256(path), name + " changed"));
    }

    @Test
    void parallelAndSerialRunsGiveTheSameReportInTheOrderGiven() throws IOException {
        mixedFolder();
        Path folder = dir.resolve("returned");
        String good = folder.resolve("a-good-vendor.xlsx").toString();
        String empty = folder.resolve("c-empty.xlsx").toString();
        CliRun serial = run("validate", "--jobs", "1", empty, good, folder.toString());
        CliRun parallel = run("validate", "--jobs", "4", empty, good, folder.toString());
        assertEquals(serial.out(), parallel.out());
        assertTrue(serial.out().indexOf(empty) < serial.out().indexOf(good + " ("), serial.out());
    }

    @Test
    void theJsonReportFollowsContractThree() throws IOException {
        Map<String, Path> files = mixedFolder();
        CliRun run = run("validate", "--format", "json", dir.resolve("returned").toString());
        assertEquals(1, run.status());
        String json = run.out();
        assertEquals(files.size(), count(json, "\"file\": "));
        for (String key : List.of("\"sha256\": \"", "\"valid\": true", "\"valid\": false", "\"toolkit\": {",
                "\"kind\": \"vendor\"", "\"cptYear\": 2026", "\"layoutVersion\": 1", "\"dataFingerprint\": \"",
                "\"totals\": {", "\"byApplication\": {", "\"totalUsers\": ", "\"findings\": [", "\"code\": \"",
                "\"severity\": \"error\"", "\"sheet\": \"Customers\"", "\"cell\": \"J12\"", "\"message\": \"",
                "\"expected\": ", "\"actual\": ", "\"stats\": {", "\"lines\": ", "\"errors\": ", "\"warnings\": ",
                "\"seconds\": ", "\"toolkit\": null", "\"totals\": null")) {
            assertTrue(json.contains(key), key + " in\n" + json);
        }
        Matcher royalty = Pattern.compile("\"royaltyEstimate\": \"(\\d+\\.\\d\\d)\"").matcher(json);
        assertTrue(royalty.find(), "money is a string with cents");
    }

    @Test
    void theCsvReportHasOneRecordPerFindingUnderItsHeader() throws IOException {
        mixedFolder();
        CliRun run = run("validate", "--format", "csv", dir.resolve("returned").toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(String.join(",", ValidationCsv.HEADER), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",formula-overwritten,error,Customers,J12,")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("c-empty.xlsx") && l.contains(",unreadable-file,error,")));
    }

    @Test
    void theReportGoesToTheOutputFile() throws IOException {
        Path report = dir.resolve("report.json");
        CliRun run = run("validate", "--format", "json", "--output", report.toString(),
                Fixtures.filled(ToolkitKind.VENDOR).toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(report).contains("\"valid\": true"));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(report), left.toList(), "no temporary file is left");
        }
    }

    @Test
    void allValidWithWarningsIsExitStatusZero() {
        CliRun run = run("validate", "--quiet", Fixtures.filled(ToolkitKind.VENDOR).toString(),
                Fixtures.filled(ToolkitKind.ORGANIZATION).toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertEquals(List.of(), run.out().lines().filter(l -> l.startsWith("  ")).toList(), "quiet lists no findings");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "validate|name the workbooks",
        "validate --format xml FILE|unknown format 'xml'",
        "validate --jobs 0 FILE|--jobs takes a whole number",
        "validate --jobs many FILE|--jobs takes a whole number",
        "validate no-such-file.xlsx|no such file or folder: no-such-file.xlsx",
        "validate EMPTY_FOLDER|no files found",
        "validate --data no-such-data FILE|no such file or folder",
        "validate --bogus FILE|Unrecognized option",
    })
    void usageErrorsAreExitStatusTwo(String command, String message) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String[] args = command.replace("FILE", Fixtures.filled(ToolkitKind.VENDOR).toString())
                .replace("EMPTY_FOLDER", empty.toString()).split(" ");
        CliRun run = run(args);
        assertEquals(2, run.status(), run.out() + run.err());
        assertTrue(run.err().contains(message), run.err());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

}
