package org.upm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.upm.cli.Main;
import org.upm.layout.ToolkitKind;

/**
 * Files that are no readable toolkit: each yields exactly one finding, exit status 1 and no exception,
 * and is left unchanged.
 */
class BadFileTest {
    @TempDir
    static Path dir;

    /** How to make a bad file, what to call it, and the one finding it must get. */
    interface Maker {
        void make(Path file) throws Exception;
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
            Arguments.of("empty.xlsx", (Maker) f -> Files.write(f, new byte[0]), FindingCode.UNREADABLE_FILE),
            Arguments.of("random.xlsx", (Maker) f -> Files.write(f, random(5000)), FindingCode.UNREADABLE_FILE),
            Arguments.of("truncated.xlsx", (Maker) BadFileTest::truncated, FindingCode.UNREADABLE_FILE),
            Arguments.of("zip-bomb.xlsx", (Maker) BadFileTest::zipBomb, FindingCode.TOO_LARGE),
            Arguments.of("lying-zip-bomb.xlsx", (Maker) BadFileTest::lyingZipBomb, FindingCode.TOO_LARGE),
            Arguments.of("many-entries.xlsx", (Maker) BadFileTest::manyEntries, FindingCode.TOO_LARGE),
            Arguments.of("encrypted.xlsx", (Maker) BadFileTest::encrypted, FindingCode.ENCRYPTED_FILE),
            Arguments.of("toolkit.xlsm", (Maker) f -> Files.copy(Fixtures.generated(ToolkitKind.VENDOR), f),
                    FindingCode.MACRO_ENABLED),
            Arguments.of("macros.xlsx", (Maker) BadFileTest::withVbaProject, FindingCode.MACRO_ENABLED),
            Arguments.of("csv-renamed.xlsx", (Maker) f -> Files.writeString(f, "Customer name,Care setting\nAcme,"
                    + "Physician practice\n"), FindingCode.UNREADABLE_FILE),
            Arguments.of("legacy.xls", (Maker) BadFileTest::legacyXls, FindingCode.LEGACY_XLS),
            Arguments.of("opendocument.xlsx", (Maker) BadFileTest::openDocument, FindingCode.UNREADABLE_FILE),
            Arguments.of("document.xlsx", (Maker) f -> Files.writeString(f, "%PDF-1.4\n%âãÏÓ\n"),
                    FindingCode.UNREADABLE_FILE),
            Arguments.of("malformed-xml.xlsx", (Maker) f -> Fixtures.editEntry(Fixtures.generated(ToolkitKind.VENDOR), f,
                    "xl/workbook.xml", x -> x.substring(0, x.length() / 2)), FindingCode.UNREADABLE_FILE),
            Arguments.of("doctype.xlsx", (Maker) f -> Fixtures.editEntry(Fixtures.generated(ToolkitKind.VENDOR), f,
                    "xl/workbook.xml", x -> x.replaceFirst("\\?>", "?><!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                            + "\"&lol;&lol;&lol;&lol;\">]>")), FindingCode.UNREADABLE_FILE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void eachBadFileGetsOneFindingAndExitStatusOne(String name, Maker maker, FindingCode code) throws Exception {
        Path file = dir.resolve(name);
        maker.make(file);
        String before = Fixtures.sha256(file);
        ValidationResult result = Fixtures.validator().validate(file);
        assertEquals(1, result.findings().size(), Fixtures.describe(result));
        assertEquals(code, result.findings().get(0).code(), Fixtures.describe(result));
        assertFalse(result.valid());
        assertEquals(1, cli(file.toString()));
        assertEquals(before, Fixtures.sha256(file), "the file is not changed");
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() {
        Validator small = new Validator(Fixtures.data(), Limits.defaults().withMaxFileBytes(1_000));
        ValidationResult result = small.validate(Fixtures.generated(ToolkitKind.VENDOR));
        assertEquals(1, result.findings().size(), Fixtures.describe(result));
        assertEquals(FindingCode.TOO_LARGE, result.findings().get(0).code());
    }

    @Test
    void aFileOverTheTimeLimitStops() {
        Validator hasty = new Validator(Fixtures.data(), Limits.defaults().withMaxTime(Duration.ofNanos(1)));
        ValidationResult result = hasty.validate(Fixtures.generated(ToolkitKind.VENDOR));
        assertTrue(result.has(FindingCode.TOO_LARGE), Fixtures.describe(result));
    }

    private static int cli(String file) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8)) {
            return new Main().run(new String[] {"validate", "--quiet", file}, out, out);
        }
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        new Random(7).nextBytes(bytes);
        bytes[0] = 'Z';
        return bytes;
    }

    private static void truncated(Path file) throws IOException {
        byte[] whole = Files.readAllBytes(Fixtures.generated(ToolkitKind.VENDOR));
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    }

    /** A workbook whose part expands a thousandfold, with honest sizes in the zip directory. */
    private static void zipBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(
                    StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
    }

    /**
     * The same bomb inside a real toolkit, with the zip directory claiming the part is small: only the
     * counting while it is read can catch it.
     */
    private static void lyingZipBomb(Path file) throws IOException {
        Path honest = dir.resolve("honest-bomb.zip");
        byte[] padding = new byte[40 << 20];
        Arrays.fill(padding, (byte) ' ');
        Fixtures.rewrite(Fixtures.generated(ToolkitKind.VENDOR), honest, (name, bytes) -> {
            if (!name.equals("xl/workbook.xml")) {
                return bytes;
            }
            String xml = new String(bytes, StandardCharsets.UTF_8);
            int at = xml.indexOf("<sheets>");
            byte[] head = xml.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] tail = xml.substring(at).getBytes(StandardCharsets.UTF_8);
            byte[] out = Arrays.copyOf(head, head.length + padding.length + tail.length);
            System.arraycopy(padding, 0, out, head.length, padding.length);
            System.arraycopy(tail, 0, out, head.length + padding.length, tail.length);
            return out;
        });
        byte[] zip = Files.readAllBytes(honest);
        lieAboutSize(zip, "xl/workbook.xml", 2_000);
        Files.write(file, zip);
    }

    /** Sets the uncompressed size of {@code entry} in the central directory (and the local header) to {@code size}. */
    private static void lieAboutSize(byte[] zip, String entry, int size) {
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
            boolean local = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4;
            int nameAt = central ? i + 46 : i + 30;
            int sizeAt = central ? i + 24 : i + 22;
            if ((central || local) && nameAt + name.length <= zip.length
                    && Arrays.equals(zip, nameAt, nameAt + name.length, name, 0, name.length)) {
                zip[sizeAt] = (byte) size;
                zip[sizeAt + 1] = (byte) (size >> 8);
                zip[sizeAt + 2] = 0;
                zip[sizeAt + 3] = 0;
            }
        }
    }

    private static void manyEntries(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < 1_100; i++) {
                zip.putNextEntry(new ZipEntry("xl/media/image" + i + ".png"));
                zip.write(i);
            }
        }
    }

    private static void encrypted(Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(Fixtures.generated(ToolkitKind.VENDOR), out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    private static void withVbaProject(Path file) {
        Path withPart = Fixtures.addEntry(Fixtures.generated(ToolkitKind.VENDOR), dir.resolve("vba.zip"),
                "xl/vbaProject.bin", new byte[] {1, 2, 3});
        Fixtures.editEntry(withPart, file, "[Content_Types].xml", x -> x.replace("</Types>",
                "<Override PartName=\"/xl/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"));
    }

    private static void legacyXls(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Customers").createRow(0).createCell(0).setCellValue("Customer name");
            wb.write(out);
        }
    }

    private static void openDocument(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
