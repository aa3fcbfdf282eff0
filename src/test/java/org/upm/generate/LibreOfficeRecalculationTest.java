package org.upm.generate;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;
import org.upm.model.DataSet;
import org.upm.model.ProxyModel;
import org.upm.testing.LibreOffice;
import org.upm.testing.ToolkitFiller;
import org.upm.testing.ToolkitFiller.Entry;
import org.upm.testing.ToolkitFiller.Filled;

/**
 * The real-engine test: a toolkit of each kind, filled by a third-party tool (POI) with random lines,
 * rounding edge cases and faulty lines, recalculated by LibreOffice headless, shows exactly the
 * engine's users on every line, its totals and its royalty. Fails (never skips) in CI when
 * LibreOffice is missing.
 */
class LibreOfficeRecalculationTest {
    private static final int ROWS = 220;
    private static final int RANDOM_LINES = 190;

    @TempDir
    Path dir;

    @Test
    void libreOfficeAgreesWithTheEngineOnEveryLineAndTotal() throws Exception {
        LibreOffice.assumeAvailableOrFail();
        // 2018 has the multipliers 0.7 and 1.1 of the examples; 2026 has an entity fee.
        List<ToolkitLayout> layouts = new ArrayList<>();
        DataSet data = DataSet.bundled();
        for (int year : List.of(2018, 2026)) {
            ProxyModel model = data.year(year).orElseThrow();
            for (ToolkitKind kind : ToolkitKind.values()) {
                layouts.add(ToolkitLayout.of(kind, model, ROWS));
            }
        }
        ToolkitGenerator generator = new ToolkitGenerator(ToolkitGenerator.DEVELOPMENT_PASSWORD);
        Path filledDir = Files.createDirectories(dir.resolve("filled"));
        List<Path> filledFiles = new ArrayList<>();
        List<List<Filled>> filledLines = new ArrayList<>();
        for (ToolkitLayout layout : layouts) {
            GeneratedToolkit generated = generator.generate(layout, dir.resolve("generated"), false);
            List<Entry> entries = new ArrayList<>(ToolkitFiller.randomEntries(layout, RANDOM_LINES,
                    layout.model().cptYear() * 31L + layout.kind().ordinal()));
            entries.addAll(EngineComparison.problemEntries(layout));
            Path filled = filledDir.resolve(generated.file().getFileName());
            filledLines.add(ToolkitFiller.fill(generated.file(), filled, layout, entries));
            filledFiles.add(filled);
        }
        List<Path> recalculated = LibreOffice.recalculate(filledFiles, dir.resolve("recalculated"));
        for (int i = 0; i < layouts.size(); i++) {
            try (InputStream in = Files.newInputStream(recalculated.get(i)); XSSFWorkbook workbook =
                    new XSSFWorkbook(in)) {
                EngineComparison.assertAgrees(workbook, layouts.get(i), filledLines.get(i),
                        "LibreOffice " + recalculated.get(i).getFileName());
            }
        }
    }
}
