package org.upm.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks at a file before POI does: size, SHA-256, magic bytes (empty, OLE2, zip, or something else)
 * and the zip's central directory (entry count, declared sizes and ratios, tell-tale entries). A file
 * that fails here gets one finding and is not opened further.
 */
final class PackageInspector {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    /** Below this an entry's ratio is not judged: tiny parts compress oddly. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    /** What inspection learned; {@code passed} false means a finding was added and reading stops. */
    record Inspection(String sha256, boolean passed) {
    }

    private final Limits limits;

    PackageInspector(Limits limits) {
        this.limits = limits;
    }

    /** @param name the file name as the caller knows it (its extension counts) */
    Inspection inspect(Path file, String name, Findings findings) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            findings.add(FindingCode.TOO_LARGE, null, null, "the file is " + megabytes(size) + " MB, over the limit of "
                    + megabytes(limits.maxFileBytes()) + " MB");
            return new Inspection(null, false);
        }
        byte[] head = new byte[16];
        String sha256 = hash(file, head);
        if (size == 0) {
            findings.add(FindingCode.UNREADABLE_FILE, null, null, "the file is empty (0 bytes)");
            return new Inspection(sha256, false);
        }
        if (startsWith(head, size, OLE2)) {
            ole2(file, findings);
            return new Inspection(sha256, false);
        }
        if (!(head[0] == 'P' && head[1] == 'K' && size >= 22)) {
            findings.add(FindingCode.UNREADABLE_FILE, null, null, "the file is not an .xlsx workbook but "
                    + describe(head, size));
            return new Inspection(sha256, false);
        }
        return new Inspection(sha256, zip(file, name, findings));
    }

    private static String hash(Path file, byte[] head) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.readNBytes(head, 0, head.length);
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // the digest sees every byte
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean startsWith(byte[] head, long size, byte[] magic) {
        if (size < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** An OLE2 container is either an encrypted OOXML package or a legacy binary Office file. */
    private static void ole2(Path file, Findings findings) {
        boolean encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            encrypted = root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            encrypted = false;
        }
        if (encrypted) {
            findings.add(FindingCode.ENCRYPTED_FILE, null, null, "the workbook is encrypted (it needs a password to "
                    + "open), so its contents cannot be checked");
        } else {
            findings.add(FindingCode.LEGACY_XLS, null, null, "the file is in the Excel 97-2003 (.xls) binary format "
                    + "(or another legacy Office format), not .xlsx");
        }
    }

    private boolean zip(Path file, String name, Findings findings) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return entries(zip, findings) && kind(zip, name, findings);
        } catch (ZipException e) {
            findings.add(FindingCode.UNREADABLE_FILE, null, null, "the zip container is truncated or damaged ("
                    + e.getMessage() + ")");
            return false;
        } catch (IOException e) {
            findings.add(FindingCode.UNREADABLE_FILE, null, null, "the zip container cannot be read ("
                    + e.getMessage() + ")");
            return false;
        }
    }

    /** Entry count, declared expanded sizes and ratios; POI checks the real ratios again while reading. */
    private boolean entries(ZipFile zip, Findings findings) {
        int count = 0;
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (++count > limits.maxEntries()) {
                findings.add(FindingCode.TOO_LARGE, null, null, "the zip container has more than " + limits.maxEntries()
                        + " entries");
                return false;
            }
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0) {
                continue;
            }
            total += size;
            String problem = size > limits.maxEntryBytes() ? "expands to " + megabytes(size) + " MB, over the limit of "
                    + megabytes(limits.maxEntryBytes()) + " MB"
                    : size > RATIO_GRACE_BYTES && compressed >= 0 && (double) compressed / size < limits.minInflateRatio()
                            ? "expands " + (compressed == 0 ? "without bound" : (size / Math.max(compressed, 1))
                                    + " times") + ", more than a workbook does (a zip bomb?)"
                            : total > limits.maxExpandedBytes() ? "brings the expanded size over "
                                    + megabytes(limits.maxExpandedBytes()) + " MB" : null;
            if (problem != null) {
                findings.add(FindingCode.TOO_LARGE, null, entry.getName(), "zip entry " + entry.getName() + " " + problem);
                return false;
            }
        }
        return true;
    }

    /** Zips that are not .xlsx: OpenDocument, binary .xlsb, no content types at all. */
    private static boolean kind(ZipFile zip, String fileName, Findings findings) {
        if (zip.getEntry("[Content_Types].xml") == null) {
            boolean ods = zip.getEntry("mimetype") != null && zip.getEntry("content.xml") != null;
            findings.add(FindingCode.UNREADABLE_FILE, null, null, ods
                    ? "the file is an OpenDocument spreadsheet (.ods), not .xlsx"
                    : "the file is a zip archive but not an Office Open XML workbook");
            return false;
        }
        if (zip.getEntry("xl/workbook.bin") != null) {
            findings.add(FindingCode.UNREADABLE_FILE, null, null, "the file is an Excel binary workbook (.xlsb), not .xlsx");
            return false;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsm") || name.endsWith(".xltm")) {
            findings.add(FindingCode.MACRO_ENABLED, null, null, "the file is saved as a macro-enabled workbook ("
                    + name.substring(name.lastIndexOf('.')) + ")");
            return false;
        }
        return true;
    }

    private static String describe(byte[] head, long size) {
        String start = new String(head, 0, (int) Math.min(size, head.length), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("%pdf")) {
            return "a PDF document";
        }
        if (start.startsWith("<")) {
            return "an XML or HTML document (perhaps a web page or an XML spreadsheet saved with an .xlsx name)";
        }
        if (isText(head, size)) {
            return "plain text (perhaps a CSV file renamed .xlsx)";
        }
        return "a file of another kind (it does not start like a zip container)";
    }

    private static boolean isText(byte[] head, long size) {
        for (int i = 0; i < Math.min(size, head.length); i++) {
            int b = head[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                return false;
            }
        }
        return true;
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
