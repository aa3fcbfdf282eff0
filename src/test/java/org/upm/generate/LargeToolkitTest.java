package org.upm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upm.layout.LineSheet;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;

/** The largest toolkit (100,000 lines) is complete: the last line is there and every range reaches it. */
class LargeToolkitTest {
    @TempDir
    Path dir;

    @Test
    void maximumRowsReachTheLastLine() throws Exception {
        ToolkitLayout layout = Toolkits.layout(ToolkitKind.ORGANIZATION, 2026, ToolkitLayout.MAX_ROWS);
        GeneratedToolkit t = new ToolkitGenerator(Toolkits.PASSWORD).generate(layout, dir, false);
        int lastRow = layout.lines().lastLineRow() + 1;
        assertEquals(100_001, lastRow);
        int rows = 0;
        String lastLine = null;
        try (ZipFile zip = new ZipFile(t.file().toFile())) {
            var entry = zip.stream().filter(e -> e.getName().equals("xl/worksheets/sheet2.xml")).findFirst()
                    .orElseThrow();
            String xml;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                    StandardCharsets.UTF_8))) {
                xml = reader.readLine() + reader.readLine();
            }
            for (int i = xml.indexOf("<row "); i >= 0; i = xml.indexOf("<row ", i + 1)) {
                rows++;
                lastLine = xml.substring(i, xml.indexOf('>', i) + 1);
            }
            assertTrue(xml.contains("<dimension ref=\"A1:"), "dimension");
            assertTrue(xml.contains("<autoFilter ref=\"A1:" + layout.lines().check().letter() + lastRow + "\"/>"));
            String check = layout.lines().check().letter();
            assertTrue(xml.contains("ref=\"" + check + (LineSheet.FIRST_LINE_ROW + 1) + ":" + check + lastRow + "\""),
                    "the shared formula covers every line");
        }
        assertEquals(layout.lines().rows() + 1, rows, "header and every line");
        assertEquals("<row r=\"" + lastRow + "\">", lastLine);
    }
}
