package org.upm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upm.calc.Line;
import org.upm.calc.ProxyUserEngine;
import org.upm.generate.ToolkitGenerator;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;
import org.upm.model.CareSetting;
import org.upm.model.Multiplier;
import org.upm.model.ProxyModel;

/**
 * The largest toolkit, every one of its 100,000 lines filled, validates in a 256 MB heap (a separate
 * JVM) with the engine's totals: the sheets are streamed, never held whole.
 */
class LargeWorkbookTest {
    private static final Pattern EMPTY_INPUT = Pattern.compile("<c r=\"([A-G])(\\d+)\" s=\"(\\d+)\"/>");

    @TempDir
    Path dir;

    @Test
    void aFullHundredThousandLineToolkitValidatesInA256MegabyteHeap() throws Exception {
        ToolkitLayout layout = ToolkitLayout.of(ToolkitKind.VENDOR, Fixtures.model(), ToolkitLayout.MAX_ROWS);
        Path generated = new ToolkitGenerator(ToolkitGenerator.DEVELOPMENT_PASSWORD).generate(layout, dir, false).file();
        List<Line> lines = new ArrayList<>();
        Path filled = dir.resolve("filled.xlsx");
        String customers = Fixtures.sheetEntry(generated, "Customers");
        Fixtures.rewrite(generated, filled, (name, bytes) -> name.equals(customers)
                ? fill(new String(bytes, StandardCharsets.UTF_8), Fixtures.model(), lines).getBytes(StandardCharsets.UTF_8)
                : bytes);
        long expected = new ProxyUserEngine(Fixtures.model()).calculate(lines).totals().totalUsers();

        Process process = new ProcessBuilder(javaCommand(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.upm.cli.Main", "validate", "--format", "json", filled.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String json = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "validation finished");
        assertEquals(1, process.exitValue(), "the Summary's reporting information is not filled: " + json);
        assertTrue(json.contains("\"lines\": " + ToolkitLayout.MAX_ROWS), json);
        assertTrue(json.contains("\"totalUsers\": " + expected), "engine total " + expected + " in " + json);
        for (String code : List.of("too-large", "internal-error", "result-mismatch", "formula-altered", "layout-mismatch")) {
            assertTrue(!json.contains("\"code\": \"" + code + "\""), code + " in " + json);
        }
    }

    /** Writes a line into every prepared row of the sheet XML, as a streaming third-party filler would. */
    private static String fill(String xml, ProxyModel model, List<Line> lines) {
        List<String[]> pairs = new ArrayList<>();
        for (CareSetting care : model.careSettings()) {
            for (Multiplier m : care.multipliers()) {
                pairs.add(new String[] {care.name(), model.application(m.application()).orElseThrow().name()});
            }
        }
        StringBuilder out = new StringBuilder(xml.length() * 2);
        Matcher m = EMPTY_INPUT.matcher(xml);
        int last = 0;
        while (m.find()) {
            int row = Integer.parseInt(m.group(2));
            String[] pair = pairs.get(row % pairs.size());
            long metric = row % 997;
            String value = switch (m.group(1)) {
                case "A" -> "Customer " + row;
                case "B" -> "C-" + row;
                case "C" -> "Springfield";
                case "D" -> "IL";
                case "E" -> pair[0];
                case "F" -> pair[1];
                default -> null;
            };
            out.append(xml, last, m.start()).append("<c r=\"").append(m.group(1)).append(row).append("\" s=\"")
                    .append(m.group(3));
            if (value == null) {
                out.append("\"><v>").append(metric).append("</v></c>");
                lines.add(new Line(pair[0], pair[1], BigDecimal.valueOf(metric)));
            } else {
                out.append("\" t=\"inlineStr\"><is><t>").append(value).append("</t></is></c>");
            }
            last = m.end();
        }
        return out.append(xml, last, xml.length()).toString();
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }

}
