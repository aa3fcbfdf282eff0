package org.upm.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;

/** The same inputs give byte-identical files, whatever the clock, the time zone or the output folder. */
class ReproducibilityTest {
    @TempDir
    Path dir;

    @Test
    void twoGenerationsAreByteIdentical() throws Exception {
        for (ToolkitKind kind : ToolkitKind.values()) {
            ToolkitLayout layout = Toolkits.layout(kind, 2025, 300);
            ToolkitGenerator generator = new ToolkitGenerator(Toolkits.PASSWORD);
            Path first = generator.generate(layout, dir.resolve("a"), false).file();
            Thread.sleep(1_100);
            Path second = generator.generate(layout, dir.resolve("b"), false).file();
            assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), kind.id());
        }
    }

    @Test
    void timeZoneAndLocaleDoNotMatter() {
        ToolkitLayout layout = Toolkits.layout(ToolkitKind.ORGANIZATION, 2024, 50);
        TimeZone savedZone = TimeZone.getDefault();
        Locale savedLocale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.US);
            byte[] first = Toolkits.bytes(layout);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Pago_Pago"));
            Locale.setDefault(Locale.GERMANY);
            byte[] second = Toolkits.bytes(layout);
            assertArrayEquals(first, second);
        } finally {
            TimeZone.setDefault(savedZone);
            Locale.setDefault(savedLocale);
        }
    }

    @Test
    void zipEntriesInFixedOrderStampedWithTheEffectiveDate() throws Exception {
        ToolkitLayout layout = Toolkits.layout(ToolkitKind.VENDOR, 2026, 10);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Toolkits.bytes(layout)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2025, 9, 1, 0, 0), e.getTimeLocal(), e.getName());
            }
        }
        assertEquals("[Content_Types].xml", names.get(0));
        assertEquals("_rels/.rels", names.get(1));
        List<String> rest = names.subList(2, names.size());
        assertEquals(rest.stream().sorted().toList(), rest);
    }

    @Test
    void passwordChangesOnlyTheProtection() throws Exception {
        ToolkitLayout layout = Toolkits.layout(ToolkitKind.VENDOR, 2026, 10);
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        new ToolkitGenerator("another password").write(layout, other);
        assertNotEquals(List.of(Toolkits.bytes(layout)), List.of(other.toByteArray()));
        try (var workbook = Toolkits.open(other.toByteArray())) {
            assertEquals(true, workbook.validateWorkbookPassword("another password"));
            assertEquals(true, workbook.getSheetAt(1).validateSheetPassword("another password"));
        }
    }

    @Test
    void saltIsDerivedFromTheToolkitIdentity() {
        var vendor = Toolkits.layout(ToolkitKind.VENDOR, 2026, 10).metadata();
        var organization = Toolkits.layout(ToolkitKind.ORGANIZATION, 2026, 10).metadata();
        assertArrayEquals(Protection.salt(vendor), Protection.salt(vendor));
        assertNotEquals(List.of(Protection.salt(vendor)), List.of(Protection.salt(organization)));
        assertEquals(16, Protection.salt(vendor).length);
    }
}
