package org.upm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One broken data file per rule, each with its exact one-line message (file:line:column: what; allowed). */
class BrokenDataTest {
    /** A frozen copy of the CPT 2026 file, so data updates do not move the positions below. */
    private static final String GOOD = read();

    @TempDir
    Path dir;

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("duplicate application name",
                        edit("code=\"PM\" name=\"Practice management system\"",
                                "code=\"PM\" name=\"patient billing system\""),
                        List.of("22:59: duplicate application name 'patient billing system'; each application name "
                                + "appears once")),
                Arguments.of("duplicate care-setting code", edit("code=\"FQHC\"", "code=\"PRACTICE\""),
                        List.of("40:108: duplicate care-setting code PRACTICE; each care-setting code appears once")),
                Arguments.of("duplicate care-setting name",
                        edit("name=\"Federally qualified health center\"", "name=\"Physician practice\""),
                        List.of("40:89: duplicate care-setting name 'Physician practice'; each care-setting name "
                                + "appears once")),
                Arguments.of("unknown application code",
                        edit("<multiplier application=\"PM\" value=\"0.63\"", "<multiplier application=\"RCM\" value=\"0.63\""),
                        List.of("65:73: unknown application code RCM in care setting BILLING_SERVICE; use one of "
                                + "BILLING, EMR, PM")),
                Arguments.of("second multiplier for one application",
                        edit("<multiplier application=\"PM\" value=\"0.63\"", "<multiplier application=\"BILLING\" value=\"0.63\""),
                        List.of("65:77: second multiplier for BILLING_SERVICE/BILLING; give each application at most "
                                + "one multiplier per care setting")),
                Arguments.of("more than 4 decimal places", edit("value=\"0.63\"", "value=\"0.63125\""),
                        List.of("65:75: value 0.63125 has 5 decimal places; at most 4 are allowed (2 for money)")),
                Arguments.of("negative multiplier", edit("value=\"0.63\"", "value=\"-0.63\""),
                        List.of("65:73: value -0.63 is negative; multipliers and fees are 0 or more")),
                Arguments.of("lower-case code", edit("code=\"LAB\"", "code=\"lab\""),
                        List.of("59:88: 'lab' is not a valid code; codes match [A-Z][A-Z0-9_]* (capital letter, "
                                + "then capitals, digits or _)")),
                Arguments.of("unknown status", edit("value=\"0.63\" status=\"illustrative\"", "value=\"0.63\" status=\"draft\""),
                        List.of("65:65: 'draft' is not allowed here; use one of [published, illustrative]")),
                Arguments.of("published file with illustrative figures",
                        edit("status=\"illustrative\">", "status=\"published\">"),
                        List.of("4:33: status=\"published\" but multiplier ACUTE_HOSPITAL/BILLING and 23 more figures "
                                + "are illustrative; mark the file status=\"illustrative\" or publish every figure")),
                Arguments.of("DOCTYPE with an external entity (XXE)",
                        edit("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<!DOCTYPE proxy-model [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"),
                        List.of("2:68: a DOCTYPE declaration is not allowed; data files are plain XML without DTDs or "
                                + "entities")),
                Arguments.of("malformed XML", edit("</care-settings>", "</care-setting>"),
                        List.of("67:5: not well-formed XML: The element type \"care-settings\" must be terminated by "
                                + "the matching end-tag \"</care-settings>\"; fix the XML syntax")),
                Arguments.of("missing attribute", edit(" base-metric=\"Clinicians\"", ""),
                        List.of("54:64: Attribute 'base-metric' must appear on element 'care-setting'; see "
                                + "templates/proxy-model.xsd for what is allowed")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileGivesItsExactMessage(String rule, String content, List<String> expected) throws IOException {
        Path file = write("cpt-2026.xml", content);
        DataException e = assertThrows(DataException.class, () -> ModelLoader.load(file));
        assertEquals(expected.stream().map(m -> file + ":" + m).toList(),
                e.problems().stream().map(DataProblem::toString).toList());
    }

    @Test
    void yearInsideMustMatchTheFileName() throws IOException {
        Path file = write("cpt-2025.xml", GOOD);
        DataException e = assertThrows(DataException.class, () -> ModelLoader.load(file));
        assertEquals(List.of(file + ":4:36: cpt-year 2026 disagrees with the file name cpt-2025.xml; the year inside "
                + "must match the name"), e.problems().stream().map(DataProblem::toString).toList());
    }

    @Test
    void aFolderWithOneBrokenFileIsRefusedNamingIt() throws IOException {
        write("cpt-2026.xml", GOOD);
        write("cpt-2027.xml", GOOD);
        DataException e = assertThrows(DataException.class, () -> DataSet.from(dir));
        assertEquals(1, e.problems().size());
        assertEquals(dir.resolve("cpt-2027.xml").toString(), e.problems().get(0).file());
    }

    @Test
    void aGoodCopyLoadsFromAFolder() throws Exception {
        write("cpt-2026.xml", GOOD);
        assertEquals(List.of(2026), DataSet.from(dir).years());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String edit(String from, String to) {
        if (!GOOD.contains(from)) {
            throw new IllegalArgumentException("fixture text not found: " + from);
        }
        return GOOD.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static String read() {
        try {
            return Files.readString(Path.of("src/test/resources/model/cpt-2026.xml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
