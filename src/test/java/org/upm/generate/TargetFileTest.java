package org.upm.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;

/** Generated files are moved into place; a file that is not an untouched upm toolkit is not replaced unforced. */
class TargetFileTest {
    @TempDir
    Path dir;

    private final ToolkitLayout layout = Toolkits.layout(ToolkitKind.VENDOR, 2026, 10);
    private final ToolkitGenerator generator = new ToolkitGenerator(Toolkits.PASSWORD);

    private Path target() {
        return dir.resolve(ToolkitGenerator.relativePath(layout.kind(), 2026));
    }

    @Test
    void writesIntoTheYearFolder() throws Exception {
        GeneratedToolkit t = generator.generate(layout, dir, false);
        assertEquals(dir.resolve("CPT-2026").resolve("UPM-Vendor-Toolkit-CPT2026.xlsx"), t.file());
        assertFalse(t.replaced());
        assertEquals(List.of(t.file().getFileName()), listing(t.file().getParent()), "no temporary file left");
    }

    @Test
    void replacesItsOwnToolkit() throws Exception {
        generator.generate(layout, dir, false);
        GeneratedToolkit again = generator.generate(layout, dir, false);
        assertTrue(again.replaced());
    }

    @Test
    void refusesAFileThatIsNotAToolkit() throws Exception {
        Files.createDirectories(target().getParent());
        Files.writeString(target(), "my notes", StandardCharsets.UTF_8);
        TargetExistsException e = assertThrows(TargetExistsException.class, () -> generator.generate(layout, dir,
                false));
        assertEquals(target(), e.file());
        assertEquals(target() + " exists and is not a toolkit written by upm generate (it is not an .xlsx "
                + "workbook); move it away or run again with --force to overwrite it", e.getMessage());
        assertEquals("my notes", Files.readString(target()), "left untouched");
        assertEquals(List.of(target().getFileName()), listing(target().getParent()));
    }

    @Test
    void refusesAWorkbookWithoutUpmMetadata() throws Exception {
        Files.createDirectories(target().getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target())) {
            workbook.createSheet("Mine");
            workbook.write(out);
        }
        TargetExistsException e = assertThrows(TargetExistsException.class, () -> generator.generate(layout, dir,
                false));
        assertEquals("it has no upm template metadata", e.reason());
    }

    @Test
    void refusesAToolkitSavedSinceByAnotherProgram() throws Exception {
        generator.generate(layout, dir, false);
        Path filled = dir.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(target()); XSSFWorkbook workbook = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(filled)) {
            workbook.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(
                    "Microsoft Excel");
            workbook.write(out);
        }
        Files.move(filled, target(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        TargetExistsException e = assertThrows(TargetExistsException.class, () -> generator.generate(layout, dir,
                false));
        assertEquals("it was saved by Microsoft Excel since and may hold filled-in lines", e.reason());
    }

    @Test
    void forceReplacesAnything() throws Exception {
        Files.createDirectories(target().getParent());
        Files.writeString(target(), "my notes", StandardCharsets.UTF_8);
        GeneratedToolkit t = generator.generate(layout, dir, true);
        assertTrue(t.replaced());
        assertArrayEquals(Toolkits.bytes(layout), Files.readAllBytes(target()));
    }

    private static List<Path> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::getFileName).toList();
        }
    }
}
