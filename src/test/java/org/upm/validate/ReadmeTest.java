package org.upm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README documents every finding code, one line each, in the words the reports use. */
class ReadmeTest {
    @Test
    void everyFindingCodeHasItsLineInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("<!-- section:validate -->");
        int end = readme.indexOf("<!-- /section:validate -->");
        assertTrue(start >= 0 && end > start, "README has the validate section");
        List<String> rows = readme.substring(start, end).lines().filter(l -> l.startsWith("| `")).toList();
        for (FindingCode code : FindingCode.values()) {
            String row = "| `" + code.id() + "` | " + code.group().name().toLowerCase(Locale.ROOT) + " | "
                    + code.severity().id() + " | " + code.meaning() + " | " + code.remedy() + " |";
            assertTrue(rows.contains(row), "README lacks or differs for:\n" + row);
        }
        assertEquals(FindingCode.values().length, rows.size(), "one line per code, no stale codes");
    }
}
