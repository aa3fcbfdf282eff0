package org.upm.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice headless as a real spreadsheet engine for tests: loads workbooks, recalculates every
 * formula on load and saves them as .xlsx, so a test can read the recalculated values with POI.
 *
 * <p>Each call runs {@code soffice} with its own temporary user profile (never the user's), in which
 * {@code OOXMLRecalcMode} is 0 ("always recalculate"): without it LibreOffice may keep the cached
 * values of the file and the test would prove nothing.
 *
 * <p>Where LibreOffice is missing, {@link #assumeAvailableOrFail()} skips the test, except when the
 * system property {@code upm.requireEngines} is {@code true} (CI), where it fails it.
 *
 * <pre>{@code
 * LibreOffice.assumeAvailableOrFail();
 * List<Path> recalculated = LibreOffice.recalculate(List.of(filledA, filledB), outDir);
 * }</pre>
 */
public final class LibreOffice {
    /** System property that turns a missing LibreOffice from a skip into a failure. */
    public static final String REQUIRE_PROPERTY = "upm.requireEngines";
    /** System property naming the soffice executable, when it is not on the PATH. */
    public static final String EXECUTABLE_PROPERTY = "upm.soffice";
    /** A cold start with a fresh profile takes a few seconds; large workbooks take longer. */
    private static final long TIMEOUT_SECONDS = 300;

    private LibreOffice() {
    }

    /** The soffice executable: {@code -Dupm.soffice}, else soffice or libreoffice on the PATH. */
    public static Optional<Path> executable() {
        String configured = System.getProperty(EXECUTABLE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String pathVariable = System.getenv().getOrDefault("PATH", "");
        for (String dir : pathVariable.split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    public static boolean isAvailable() {
        return executable().isPresent();
    }

    /** Skips the calling test when LibreOffice is missing, or fails it when {@code upm.requireEngines=true}. */
    public static void assumeAvailableOrFail() {
        if (isAvailable()) {
            return;
        }
        String message = "LibreOffice (soffice) is not installed; install it (Debian: apt-get install "
                + "libreoffice-calc-nogui) or set -D" + EXECUTABLE_PROPERTY + "=/path/to/soffice";
        if (Boolean.getBoolean(REQUIRE_PROPERTY)) {
            fail(message + " (" + REQUIRE_PROPERTY + "=true, so this test may not be skipped)");
        }
        Assumptions.assumeTrue(false, message);
    }

    /** Recalculates one workbook; see {@link #recalculate(List, Path)}. */
    public static Path recalculate(Path workbook, Path outDir) throws IOException {
        return recalculate(List.of(workbook), outDir).get(0);
    }

    /**
     * Loads every workbook in one soffice run, recalculating all formulas, and saves each as .xlsx
     * under {@code outDir} with the same file name.
     *
     * @param outDir must not be the folder of any input (the output would overwrite it)
     * @return the recalculated files, in the order of {@code workbooks}
     * @throws IOException when soffice is missing, fails, times out or writes no output
     */
    public static List<Path> recalculate(List<Path> workbooks, Path outDir) throws IOException {
        Path soffice = executable().orElseThrow(() -> new IOException("LibreOffice (soffice) is not installed"));
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("upm-lo-profile");
        try {
            writeProfile(profile);
            List<String> command = new ArrayList<>(List.of(soffice.toString(),
                    "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--nolockcheck",
                    "--nologo", "--nodefault", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                    outDir.toAbsolutePath().toString()));
            List<Path> outputs = new ArrayList<>();
            for (Path workbook : workbooks) {
                if (workbook.toAbsolutePath().getParent().equals(outDir.toAbsolutePath())) {
                    throw new IllegalArgumentException("outDir must differ from the folder of " + workbook);
                }
                command.add(workbook.toAbsolutePath().toString());
                Path out = outDir.resolve(baseName(workbook) + ".xlsx");
                Files.deleteIfExists(out);
                outputs.add(out);
            }
            run(command, profile);
            for (Path out : outputs) {
                if (!Files.isRegularFile(out)) {
                    throw new IOException("LibreOffice wrote no " + out);
                }
            }
            return outputs;
        } finally {
            deleteTree(profile);
        }
    }

    private static void run(List<String> command, Path profile) throws IOException {
        Path log = profile.resolveSibling(profile.getFileName() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("LibreOffice did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException("LibreOffice exited with " + process.exitValue() + ": " + output);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while LibreOffice was running", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** A profile whose only setting is: recalculate OOXML (and ODF) files on load, always. */
    private static void writeProfile(Path profile) throws IOException {
        Path user = Files.createDirectories(profile.resolve("user"));
        String xcu = """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry"
                           xmlns:xs="http://www.w3.org/2001/XMLSchema"
                           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <item oor:path="/org.openoffice.Office.Calc/Formula/Load">
                    <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop>
                  </item>
                  <item oor:path="/org.openoffice.Office.Calc/Formula/Load">
                    <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop>
                  </item>
                </oor:items>
                """;
        Files.writeString(user.resolve("registrymodifications.xcu"), xcu, StandardCharsets.UTF_8);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
