package org.upm.validate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.upm.layout.ToolkitKind;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@link FastXml} reports exactly what the JDK's namespace-aware SAX parser reports (elements with
 * URI, local and qualified name, attributes, character data joined between tags) on every XML part
 * of real toolkits and on crafted documents, and refuses what the JDK parser refuses.
 */
class FastXmlTest {

    /** Every event as a line of text; adjacent character data joined, as SAX may split it anywhere. */
    private static final class Recorder extends DefaultHandler {
        final List<String> events = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            flush();
            List<String> attributes = new ArrayList<>();
            for (int i = 0; i < atts.getLength(); i++) {
                attributes.add("{" + atts.getURI(i) + "}" + atts.getLocalName(i) + "|" + atts.getQName(i) + "="
                        + atts.getValue(i) + "|" + atts.getType(i));
                assertEquals(atts.getValue(i), atts.getValue(atts.getQName(i)));
                assertEquals(atts.getValue(i), atts.getValue(atts.getURI(i), atts.getLocalName(i)));
            }
            Collections.sort(attributes);
            events.add("start {" + uri + "}" + localName + "|" + qName + " " + attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flush();
            events.add("end {" + uri + "}" + localName + "|" + qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flush() {
            if (text.length() > 0) {
                events.add("text " + text);
                text.setLength(0);
            }
        }

        @Override
        public void endDocument() {
            flush();
            events.add("end of document");
        }
    }

    private static List<String> jdk(byte[] xml) throws Exception {
        return jdk(xml, true);
    }

    private static List<String> fast(byte[] xml) throws Exception {
        return fast(xml, true);
    }

    private static List<String> jdk(byte[] xml, boolean namespaces) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(namespaces);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        Recorder recorder = new Recorder();
        reader.setContentHandler(recorder);
        reader.setErrorHandler(new DefaultHandler());
        reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        return recorder.events;
    }

    private static List<String> fast(byte[] xml, boolean namespaces) throws Exception {
        Recorder recorder = new Recorder();
        FastXml.parse(new OneByteAtATimeSometimes(xml), recorder, namespaces);
        return recorder.events;
    }

    /** Hands out the bytes in uneven pieces, so tokens cross the reader's buffer boundaries. */
    private static final class OneByteAtATimeSometimes extends InputStream {
        private final byte[] data;
        private int pos;
        private int call;

        OneByteAtATimeSometimes(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(len, (call++ % 3 == 0) ? 1 : 65_536 - 7);
            n = Math.min(n, data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    static Stream<Path> toolkits() {
        return Stream.of(Fixtures.generated(ToolkitKind.VENDOR), Fixtures.generated(ToolkitKind.ORGANIZATION),
                Fixtures.filled(ToolkitKind.VENDOR), Fixtures.filled(ToolkitKind.ORGANIZATION));
    }

    @ParameterizedTest
    @MethodSource("toolkits")
    void everyXmlPartOfARealToolkitReadsAsTheJdkReadsIt(Path toolkit) throws Exception {
        int parts = 0;
        try (ZipFile zip = new ZipFile(toolkit.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.getName().endsWith(".xml") && !entry.getName().endsWith(".rels")) {
                    continue;
                }
                byte[] xml;
                try (InputStream in = zip.getInputStream(entry)) {
                    xml = in.readAllBytes();
                }
                assertTrue(FastXml.isUtf8(xml, Math.min(xml.length, 128)), entry.getName());
                assertEquals(jdk(xml), fast(xml), entry.getName());
                assertEquals(jdk(xml, false), fast(xml, false), entry.getName() + " without namespaces");
                parts++;
            }
        }
        assertTrue(parts > 10);
    }

    static Stream<String> wellFormed() {
        return Stream.of(
                "<a/>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<a b=\"1\" c='2'>x</a>",
                "\uFEFF<a>bom</a>",
                "<x:a xmlns:x=\"urn:x\" xmlns=\"urn:d\"><b x:c=\"1\" d=\"2\"/><x:e/></x:a>",
                "<a xmlns=\"urn:1\"><b xmlns=\"\"><c/></b><d xmlns=\"urn:2\"/></a>",
                "<a xml:space=\"preserve\"> t </a>",
                "<a>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;</a>",
                "<a v=\"&lt;&amp;&#10;&#x9;x\ty\nz\r\nw\"/>",
                "<a>line1\r\nline2\rline3\nline4</a>",
                "<a><![CDATA[<b>&amp;]]]]></a>",
                "<a><!-- a comment --><?pi data?>text<!---->tail</a>",
                "<a>Käse 漢字 😀 é</a>",
                "<a attr=\"Käse 漢字 😀\"/>",
                "<a><b q=\"it's\" r='say \"hi\"' s=\"\" t=\"s\" u=\"17\" v=\"A1\" w=\"shared\" x=\"0123456789\"/>"
                        + "<b q=\"it's\" r='say \"hi\"' s=\"\" t=\"s\" u=\"17\" v=\"A1\" w=\"shared\" x=\"0123456789\"/></a>",
                "<a>]] ] ]x</a>",
                "<a >< b/></a>".replace("< b", "<b"),
                "<a\n  b = \"1\"\n\t c\t=\t'2' ></a >",
                "<!-- before --><a/><!-- after -->\n",
                "<a>" + "x".repeat(100_000) + "</a>",
                "<a " + "b".repeat(900) + "=\"long name\"/>",
                "<a>" + "<c r=\"A1\" s=\"1\" t=\"s\"><v>12</v></c>".repeat(20_000) + "</a>");
    }

    @ParameterizedTest
    @MethodSource("wellFormed")
    void craftedDocumentsReadAsTheJdkReadsThem(String xml) throws Exception {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertEquals(jdk(bytes), fast(bytes));
        assertEquals(jdk(bytes, false), fast(bytes, false), "without namespaces");
    }

    static Stream<Object> malformed() {
        return Stream.of(
                "",
                "   ",
                "<a>",
                "<a></b>",
                "<a><b></a></b>",
                "</a>",
                "<a/><b/>",
                "<a/>text",
                "text<a/>",
                "<a b=\"1\" b=\"2\"/>",
                "<a x:b=\"1\" xmlns:x=\"u\" y:b=\"2\" xmlns:y=\"u\"/>",
                "<a b=\"<\"/>",
                "<a b=1/>",
                "<a b/>",
                "<a b=\"1\"c=\"2\"/>",
                "<a>&undefined;</a>",
                "<a>&#0;</a>",
                "<a>&#xD800;</a>",
                "<a>&lt</a>",
                "<a>\u0001</a>",
                "<a>]]></a>",
                "<a><!-- x -- y --></a>",
                "<a><![CDATA[x</a>",
                "<x:a/>",
                "<a xmlns:x=\"\"/>",
                "<1a/>",
                "<a>\"unterminated",
                "<!DOCTYPE a [<!ENTITY e \"e\">]><a>&e;</a>",
                "<?xml version=\"1.0\"?><!DOCTYPE a SYSTEM \"http://example.com/a.dtd\"><a/>",
                new byte[] {'<', 'a', '>', (byte) 0xC3, '<', '/', 'a', '>'},
                new byte[] {'<', 'a', '>', (byte) 0xC0, (byte) 0x80, '<', '/', 'a', '>'},
                new byte[] {'<', 'a', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'a', '>'},
                new byte[] {'<', 'a', '>', (byte) 0xFF, '<', '/', 'a', '>'});
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedDocumentsAreRefusedAsTheJdkRefusesThem(Object xml) {
        byte[] bytes = xml instanceof byte[] b ? b : ((String) xml).getBytes(StandardCharsets.UTF_8);
        assertThrows(SAXException.class, () -> jdk(bytes), "the JDK accepts it too");
        assertThrows(SAXException.class, () -> fast(bytes));
        List<String> plain;
        try {
            plain = jdk(bytes, false);
        } catch (Exception e) {
            assertThrows(SAXException.class, () -> fast(bytes, false), "without namespaces");
            return;
        }
        assertEquals(plain, assertDoesNotThrow(() -> fast(bytes, false)), "without namespaces");
    }

    @Test
    void aMalformedPartNamesItsLine() {
        byte[] xml = "<a>\n<b>\n</c>\n</a>".getBytes(StandardCharsets.UTF_8);
        SAXException e = assertThrows(SAXException.class, () -> Xml.parse(new ByteArrayInputStream(xml), "xl/part.xml",
                new DefaultHandler()));
        assertTrue(e.getMessage().startsWith("xl/part.xml, line 3: "), e.getMessage());
    }

    @Test
    void otherEncodingsAreLeftToTheJdkParser() throws Exception {
        assertFalse(FastXml.isUtf8(bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>"), 40));
        assertTrue(FastXml.isUtf8(bytes("<?xml version=\"1.0\" encoding='utf-8'?><a/>"), 40));
        assertTrue(FastXml.isUtf8(bytes("<a/>"), 4));
        byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>é</a>".getBytes(StandardCharsets.UTF_16);
        assertFalse(FastXml.isUtf8(utf16, Math.min(utf16.length, 128)));
        Recorder recorder = new Recorder();
        Xml.parse(new ByteArrayInputStream(utf16), "utf16.xml", recorder);
        assertEquals(List.of("start {}a|a []", "text é", "end {}a|a", "end of document"), recorder.events);
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>é</a>".getBytes(StandardCharsets.ISO_8859_1);
        recorder = new Recorder();
        Xml.parse(new ByteArrayInputStream(latin1), "latin1.xml", recorder);
        assertEquals(List.of("start {}a|a []", "text é", "end {}a|a", "end of document"), recorder.events);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
