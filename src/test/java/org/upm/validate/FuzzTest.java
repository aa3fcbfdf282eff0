package org.upm.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.upm.layout.ToolkitKind;

/**
 * Bounded fuzzing: mutations of a valid filled workbook, in its bytes and in the XML of its parts.
 * Every one must end within a few seconds with a report, never with an exception of upm's own.
 */
class FuzzTest {
    /** 200 by default; -Dupm.fuzz.mutations=N for a deeper run. */
    private static final int MUTATIONS = Integer.getInteger("upm.fuzz.mutations", 200);
    private static final Duration PER_FILE = Duration.ofSeconds(5);
    /** Fragments that stress the reader: markup, shared formulas without masters, absurd numbers, entities. */
    private static final List<String> TOKENS = List.of("<", ">", "&", "&amp;", "\"", "'", "<c r=\"A1\">", "</row>",
            "<row r=\"0\">", "<c r=\"ZZZZ99999999\"/>", "<f t=\"shared\" si=\"7\"/>", "<f t=\"shared\" ref=\"A1:A9\" si=\"0\">",
            "<v>1E+308</v>", "<v>-1E-308</v>", "<v>99999999999999999999</v>", " t=\"s\"", " t=\"e\"", " t=\"b\"",
            "<v>NaN</v>", "<is><t>x</t></is>", "\u0000", "\uFFFF", "<!DOCTYPE x>", "<![CDATA[x]]>", "<sheetProtection/>",
            "state=\"veryHidden\"", "localSheetId=\"99\"", "r:id=\"rId999\"", "#REF!", "$A$1:$B$", "'Sheet'!");

    @TempDir
    static Path dir;

    static Stream<Integer> seeds() {
        return IntStream.range(0, MUTATIONS).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aMutatedWorkbookAlwaysGetsAReport(int seed) {
        Path source = Fixtures.filled(seed % 2 == 0 ? ToolkitKind.VENDOR : ToolkitKind.ORGANIZATION);
        Path mutated = dir.resolve("mutation-" + seed + ".xlsx");
        Random random = new Random(seed);
        if (seed % 4 == 3) {
            bytes(source, mutated, random);
        } else {
            xml(source, mutated, random);
        }
        ValidationResult result = assertTimeoutPreemptively(PER_FILE, () -> Fixtures.validator().validate(mutated));
        assertNotNull(result);
        assertFalse(result.findings().isEmpty());
        assertFalse(result.has(FindingCode.INTERNAL_ERROR), "seed " + seed + ": " + Fixtures.describe(result)
                + (result.failure() == null ? "" : stackTrace(result.failure())));
    }

    private static void bytes(Path source, Path target, Random random) {
        byte[] bytes = Fixtures.bytes(source);
        int flips = 1 + random.nextInt(20);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        try {
            Files.write(target, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Mutates one XML part: a span deleted, duplicated or replaced by a token, digits changed, or the part cut. */
    private static void xml(Path source, Path target, Random random) {
        List<String> parts = List.of("xl/workbook.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
                "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml", "xl/sharedStrings.xml", "[Content_Types].xml",
                "xl/_rels/workbook.xml.rels", "docProps/custom.xml", "_rels/.rels");
        String part = parts.get(random.nextInt(parts.size()));
        Fixtures.rewrite(source, target, (name, bytes) -> name.equals(part)
                ? mutate(new String(bytes, StandardCharsets.UTF_8), random).getBytes(StandardCharsets.UTF_8) : bytes);
    }

    private static String mutate(String xml, Random random) {
        if (xml.isEmpty()) {
            return TOKENS.get(random.nextInt(TOKENS.size()));
        }
        int at = random.nextInt(xml.length());
        int end = Math.min(xml.length(), at + 1 + random.nextInt(60));
        return switch (random.nextInt(5)) {
            case 0 -> xml.substring(0, at) + xml.substring(end);
            case 1 -> xml.substring(0, end) + xml.substring(at, end) + xml.substring(end);
            case 2 -> xml.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + xml.substring(at);
            case 3 -> digits(xml, random);
            default -> xml.substring(0, at);
        };
    }

    private static String digits(String xml, Random random) {
        char[] chars = xml.toCharArray();
        for (int i = 0; i < 10; i++) {
            int at = random.nextInt(chars.length);
            if (Character.isDigit(chars[at])) {
                chars[at] = (char) ('0' + random.nextInt(10));
            }
        }
        return new String(chars);
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter out = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
