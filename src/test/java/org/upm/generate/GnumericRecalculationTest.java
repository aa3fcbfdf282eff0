package org.upm.generate;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;
import org.upm.testing.LibreOffice;
import org.upm.testing.ToolkitFiller;
import org.upm.testing.ToolkitFiller.Entry;
import org.upm.testing.ToolkitFiller.Filled;

/**
 * A third engine (Debian: gnumeric, which .ci/run installs; elsewhere the test skips when it is missing,
 * except where upm.requireEngines=true, as on CI, where it fails): Gnumeric's ssconvert recalculates a filled toolkit of each kind and agrees with the engine
 * on every line and total.
 */
class GnumericRecalculationTest {
    @TempDir
    Path dir;

    @Test
    void gnumericAgreesWithTheEngine() throws Exception {
        Optional<Path> ssconvert = onPath("ssconvert");
        if (ssconvert.isEmpty() && Boolean.getBoolean(LibreOffice.REQUIRE_PROPERTY)) {
            throw new AssertionError("Gnumeric (ssconvert) is not installed; apt-get install gnumeric ("
                    + LibreOffice.REQUIRE_PROPERTY + "=true, so this test may not be skipped)");
        }
        Assumptions.assumeTrue(ssconvert.isPresent(), "Gnumeric (ssconvert) is not installed");
        ToolkitGenerator generator = new ToolkitGenerator(Toolkits.PASSWORD);
        for (ToolkitKind kind : ToolkitKind.values()) {
            ToolkitLayout layout = Toolkits.layout(kind, 2018, 220);
            Path generated = generator.generate(layout, dir, false).file();
            List<Entry> entries = new ArrayList<>(ToolkitFiller.randomEntries(layout, 190, 7L + kind.ordinal()));
            entries.addAll(EngineComparison.problemEntries(layout));
            Path filled = dir.resolve("filled-" + kind.id() + ".xlsx");
            List<Filled> lines = ToolkitFiller.fill(generated, filled, layout, entries);
            Path recalculated = dir.resolve("gnumeric-" + kind.id() + ".xlsx");
            Process process = new ProcessBuilder(ssconvert.get().toString(), "--recalc", filled.toString(),
                    recalculated.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile())
                    .start();
            if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError("ssconvert failed: " + Files.readString(dir.resolve("log")));
            }
            try (InputStream in = Files.newInputStream(recalculated); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                EngineComparison.assertAgrees(workbook, layout, lines, "Gnumeric " + kind.id());
            }
        }
    }

    private static Optional<Path> onPath(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
