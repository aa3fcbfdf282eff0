package org.upm.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A strict, non-validating XML 1.0 reader for the package parts the validator reads, driving a SAX
 * {@link ContentHandler} as the JDK's parser does, with or without namespace processing (start and
 * end of elements with namespace URI, local and qualified name; attributes; character data, possibly
 * in several pieces), several times faster on large worksheets and quick for the JIT to compile.
 *
 * <p>What it accepts is well-formed XML in UTF-8 without a document type declaration: a DOCTYPE is
 * refused (as POI's hardened parser refuses it), so no entity exists but the five predefined ones and
 * character references. Everything else that is not well-formed is a {@link SAXException}: end tags
 * that do not match, unclosed elements, a second root, text outside the root, duplicate attributes,
 * {@code <} in an attribute value, an undeclared prefix or entity, characters XML forbids, malformed
 * UTF-8, {@code --} in a comment, {@code ]]>} in text. Line ends are normalised and attribute
 * whitespace replaced as XML requires.
 *
 * <p>A part declared in another encoding (or starting with a UTF-16 byte order mark) is not for this
 * reader: {@link #isUtf8} says so before any content is consumed, and the caller uses the JDK parser.
 */
final class FastXml {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final int BUFFER = 1 << 16;
    /** Character data is handed over in pieces of at most this many chars. */
    private static final int TEXT_CHUNK = 1 << 14;
    /** Longest element or attribute name, in bytes (the JDK's default limit is 1,000 characters). */
    private static final int MAX_NAME = 1024;
    /** Most attributes on one element, as the JDK's secure processing allows. */
    private static final int MAX_ATTRIBUTES = 10_000;

    private final InputStream in;
    private final ContentHandler handler;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int lim;
    /** Line ends in the bytes already dropped from the buffer, for error messages. */
    private long linesDone;

    private char[] text = new char[TEXT_CHUNK + 8];
    private int textLength;
    private boolean textAllWhitespace = true;

    private char[] value = new char[256];
    private int valueLength;

    private final Names names = new Names();
    private final Values values = new Values();
    private String[] open = new String[32];
    private int depth;
    private boolean rootSeen;
    private boolean rootClosed;

    /** Namespace bindings in scope, innermost last; {@link #bindingMark} says where each element's start. */
    private String[] bindingPrefix = new String[16];
    private String[] bindingUri = new String[16];
    private int bindings;
    /** Per open element: the number of bindings in scope before its own declarations. */
    private int[] bindingMark = new int[32];

    private final Attrs attrs = new Attrs();
    /** Names of the current tag's attributes, namespace declarations included: in an array while few. */
    private final String[] tagNames = new String[16];
    private int tagNameCount;
    /** ... and in a set beyond {@code tagNames.length}. */
    private final java.util.HashSet<String> seen = new java.util.HashSet<>();

    private final boolean namespaces;

    private FastXml(InputStream in, ContentHandler handler, boolean namespaces) {
        this.in = in;
        this.handler = handler;
        this.namespaces = namespaces;
    }

    /**
     * True when the part starting with {@code head} (its first bytes, at least 64 or all there are) is
     * UTF-8: no UTF-16 byte order mark or pattern, and an XML declaration, if any, that names UTF-8 or
     * no encoding.
     */
    static boolean isUtf8(byte[] head, int length) {
        if (length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE || head[0] == 0 || head[1] == 0)) {
            return false;
        }
        int start = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        String s = new String(head, start, length - start, StandardCharsets.ISO_8859_1);
        if (!s.startsWith("<?xml")) {
            return true;
        }
        int end = s.indexOf("?>");
        String decl = end < 0 ? s : s.substring(0, end);
        int e = decl.indexOf("encoding");
        if (e < 0) {
            return true;
        }
        int q = e + 8;
        while (q < decl.length() && (decl.charAt(q) == ' ' || decl.charAt(q) == '=' || decl.charAt(q) == '\t'
                || decl.charAt(q) == '\r' || decl.charAt(q) == '\n')) {
            q++;
        }
        if (q >= decl.length()) {
            return false;
        }
        char quote = decl.charAt(q);
        int close = decl.indexOf(quote, q + 1);
        if (close < 0) {
            return false;
        }
        String encoding = decl.substring(q + 1, close);
        return encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8");
    }

    /** Parses the UTF-8 XML of {@code in} (not closed) into {@code handler}, with namespace processing. */
    static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        parse(in, handler, true);
    }

    /**
     * Parses the UTF-8 XML of {@code in} (not closed) into {@code handler}. Without namespace
     * processing ({@code namespaces} false) it reports what the JDK's parser then reports: empty URI
     * and local name of elements, their qualified names, {@code xmlns} attributes as attributes.
     */
    static void parse(InputStream in, ContentHandler handler, boolean namespaces) throws IOException, SAXException {
        new FastXml(in, handler, namespaces).document();
    }

    // ---------------------------------------------------------------------------------------------
    // Input

    private int fill() throws IOException {
        if (pos < lim) {
            return lim - pos;
        }
        linesDone += newlines(0, lim);
        int n = in.read(buf, 0, BUFFER);
        while (n == 0) {
            n = in.read(buf, 0, BUFFER);
        }
        pos = 0;
        lim = Math.max(n, 0);
        return n;
    }

    /** The next byte (0-255) without consuming it, or -1 at the end. */
    private int peek() throws IOException {
        if (pos == lim && fill() <= 0) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    private int next() throws IOException {
        if (pos == lim && fill() <= 0) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    private int require() throws IOException, SAXException {
        int b = next();
        if (b < 0) {
            throw error("the part ends in the middle of markup");
        }
        return b;
    }

    private void expect(char c) throws IOException, SAXException {
        int b = require();
        if (b != c) {
            throw error("'" + c + "' expected, found '" + (char) b + "'");
        }
    }

    private void expect(String s) throws IOException, SAXException {
        for (int i = 0; i < s.length(); i++) {
            expect(s.charAt(i));
        }
    }

    private static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private int skipSpaces() throws IOException {
        int b = peek();
        while (b >= 0 && isSpace(b)) {
            pos++;
            b = peek();
        }
        return b;
    }

    /** Line ends in {@code buf[from, to)}. */
    private int newlines(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** A well-formedness error at the current line, as the JDK parser reports one. */
    private SAXParseException error(String message) {
        long line = linesDone + newlines(0, Math.min(pos, lim)) + 1;
        return new SAXParseException("not well-formed XML: " + message, null, null,
                (int) Math.min(line, Integer.MAX_VALUE), -1);
    }

    // ---------------------------------------------------------------------------------------------
    // Document structure

    private void document() throws IOException, SAXException {
        handler.startDocument();
        if (peek() == 0xEF) {
            expectBom();
        }
        while (true) {
            int b = peek();
            if (b < 0) {
                break;
            }
            if (b == '<') {
                pos++;
                markup();
            } else if (b == '&') {
                pos++;
                reference();
            } else {
                content();
            }
        }
        flushText();
        if (depth > 0) {
            throw error("the part ends before </" + open[depth - 1] + ">");
        }
        if (!rootSeen) {
            throw error("the part has no root element");
        }
        handler.endDocument();
    }

    private void expectBom() throws IOException, SAXException {
        pos++;
        if (require() != 0xBB || require() != 0xBF) {
            throw error("malformed byte order mark");
        }
    }

    private void markup() throws IOException, SAXException {
        int b = require();
        if (b == '/') {
            flushText();
            endTag();
        } else if (b == '?') {
            flushText();
            processingInstruction();
        } else if (b == '!') {
            int c = require();
            if (c == '-') {
                flushText();
                expect('-');
                comment();
            } else if (c == '[') {
                expect("CDATA[");
                cdata();
            } else {
                throw error("a document type declaration is not allowed");
            }
        } else {
            pos--;
            flushText();
            startTag();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Character data

    /** Character data up to the next '<' or '&'. */
    private void content() throws IOException, SAXException {
        while (true) {
            if (pos == lim && fill() <= 0) {
                return;
            }
            byte[] b = buf;
            int p = pos;
            int end = lim;
            char[] t = text;
            int tl = textLength;
            boolean white = textAllWhitespace;
            while (p < end && tl < TEXT_CHUNK) {
                int c = b[p];
                if (c >= 0x20 && c != '<' && c != '&' && c != ']') {
                    if (c != ' ') {
                        white = false;
                    }
                    t[tl++] = (char) c;
                    p++;
                } else {
                    break;
                }
            }
            pos = p;
            textLength = tl;
            textAllWhitespace = white;
            if (tl >= TEXT_CHUNK) {
                flushText();
                continue;
            }
            if (p == end) {
                continue;
            }
            int c = b[p] & 0xFF;
            if (c == '<' || c == '&') {
                return;
            }
            pos++;
            if (c == ']') {
                bracket();
            } else if (c == '\n' || c == '\t') {
                addText((char) c);
            } else if (c == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                addText('\n');
            } else if (c >= 0x80) {
                addCodePoint(utf8(c));
            } else {
                throw error("character 0x" + Integer.toHexString(c) + " is not allowed in XML");
            }
        }
    }

    /** A ']' in text: "]]>" is not allowed there. */
    private void bracket() throws IOException, SAXException {
        addText(']');
        if (peek() == ']') {
            int brackets = 1;
            while (peek() == ']') {
                pos++;
                addText(']');
                brackets++;
            }
            if (brackets >= 2 && peek() == '>') {
                throw error("']]>' is not allowed in text");
            }
        }
    }

    private void addText(char c) throws SAXException {
        if (textLength >= TEXT_CHUNK) {
            flushText();
        }
        if (!isSpace(c)) {
            textAllWhitespace = false;
        }
        text[textLength++] = c;
    }

    private void addCodePoint(int cp) throws SAXException {
        if (cp >= 0x10000) {
            addText(Character.highSurrogate(cp));
            addText(Character.lowSurrogate(cp));
        } else {
            addText((char) cp);
        }
    }

    private void flushText() throws SAXException {
        if (textLength == 0) {
            return;
        }
        if (depth == 0 && !textAllWhitespace) {
            throw error("text outside the root element");
        }
        if (depth > 0) {
            handler.characters(text, 0, textLength);
        }
        textLength = 0;
        textAllWhitespace = true;
    }

    /** An entity or character reference in text, after its '&'. */
    private void reference() throws IOException, SAXException {
        int cp = referenceValue();
        if (cp == '&' || cp == '<' || cp == '>' || cp == '"' || cp == '\'') {
            addText((char) cp);
        } else {
            addCodePoint(cp);
        }
        textAllWhitespace = textAllWhitespace && isSpace(cp);
    }

    /** The code point of a reference after its '&', through its ';'. */
    private int referenceValue() throws IOException, SAXException {
        int b = require();
        if (b == '#') {
            int radix = 10;
            b = require();
            if (b == 'x') {
                radix = 16;
                b = require();
            }
            int cp = 0;
            int digits = 0;
            while (b != ';') {
                int d = Character.digit(b, radix);
                if (d < 0 || digits++ > 7) {
                    throw error("malformed character reference");
                }
                cp = cp * radix + d;
                b = require();
            }
            if (digits == 0 || !isXmlChar(cp)) {
                throw error("character reference to a character XML does not allow");
            }
            return cp;
        }
        StringBuilder name = new StringBuilder(8);
        while (b != ';') {
            if (name.length() > 8 || b == '<' || b == '&' || isSpace(b)) {
                throw error("malformed entity reference");
            }
            name.append((char) b);
            b = require();
        }
        return switch (name.toString()) {
            case "lt" -> '<';
            case "gt" -> '>';
            case "amp" -> '&';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> throw error("undeclared entity &" + name + ";");
        };
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /** Decodes a multi-byte UTF-8 sequence whose first byte {@code b0} was read. */
    private int utf8(int b0) throws IOException, SAXException {
        int cp;
        int more;
        int min;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            cp = b0 & 0x1F;
            more = 1;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            cp = b0 & 0x0F;
            more = 2;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            cp = b0 & 0x07;
            more = 3;
            min = 0x10000;
        } else {
            throw error("malformed UTF-8");
        }
        for (int i = 0; i < more; i++) {
            int b = next();
            if (b < 0 || (b & 0xC0) != 0x80) {
                throw error("malformed UTF-8");
            }
            cp = cp << 6 | b & 0x3F;
        }
        if (cp < min || !isXmlChar(cp)) {
            throw error("malformed UTF-8 or a character XML does not allow");
        }
        return cp;
    }

    private void cdata() throws IOException, SAXException {
        while (true) {
            int b = require();
            if (b == ']' && peek() == ']') {
                pos++;
                int brackets = 2;
                while (peek() == ']') {
                    pos++;
                    brackets++;
                }
                if (peek() == '>') {
                    pos++;
                    for (int i = 0; i < brackets - 2; i++) {
                        addText(']');
                    }
                    if (depth == 0) {
                        throw error("CDATA outside the root element");
                    }
                    textAllWhitespace = false;
                    return;
                }
                for (int i = 0; i < brackets; i++) {
                    addText(']');
                }
            } else if (b == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                addText('\n');
            } else if (b >= 0x80) {
                addCodePoint(utf8(b));
            } else if (b >= 0x20 || b == '\n' || b == '\t') {
                addText((char) b);
            } else {
                throw error("character 0x" + Integer.toHexString(b) + " is not allowed in XML");
            }
            textAllWhitespace = false;
        }
    }

    private void comment() throws IOException, SAXException {
        while (true) {
            int b = require();
            if (b == '-' && peek() == '-') {
                pos++;
                if (require() != '>') {
                    throw error("'--' is not allowed in a comment");
                }
                return;
            }
            checkChar(b);
        }
    }

    private void processingInstruction() throws IOException, SAXException {
        int previous = 0;
        while (true) {
            int b = require();
            if (b == '>' && previous == '?') {
                return;
            }
            checkChar(b);
            previous = b;
        }
    }

    private void checkChar(int b) throws IOException, SAXException {
        if (b >= 0x80) {
            utf8(b);
        } else if (b < 0x20 && !isSpace(b)) {
            throw error("character 0x" + Integer.toHexString(b) + " is not allowed in XML");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Tags

    private void startTag() throws IOException, SAXException {
        if (rootClosed) {
            throw error("a second root element");
        }
        String qName = name();
        int bindingsBefore = bindings;
        attrs.clear();
        tagNameCount = 0;
        int attributes = 0;
        boolean empty = false;
        while (true) {
            int b = next();
            if (b == '>') {
                break;
            }
            if (b == '/') {
                expect('>');
                empty = true;
                break;
            }
            if (!isSpace(b)) {
                throw error(b < 0 ? "the part ends inside <" + qName + ">" : "malformed start tag <" + qName + ">");
            }
            int c = skipSpaces();
            if (c == '>' || c == '/') {
                continue;
            }
            String attrName = name();
            if (skipSpaces() != '=') {
                throw error("'=' expected after attribute " + attrName);
            }
            pos++;
            int quote = skipSpaces();
            if (quote != '"' && quote != '\'') {
                throw error("attribute " + attrName + " has no quoted value");
            }
            pos++;
            String attrValue = attributeValue(quote);
            if (++attributes > MAX_ATTRIBUTES) {
                throw error("more than " + MAX_ATTRIBUTES + " attributes on <" + qName + ">");
            }
            if (!firstTime(attrName, attributes)) {
                throw error("attribute " + attrName + " appears twice");
            }
            if (namespaces && attrName.startsWith("xmlns") && (attrName.length() == 5 || attrName.charAt(5) == ':')) {
                String prefix = attrName.length() == 5 ? "" : attrName.substring(6);
                bind(prefix, attrValue);
                handler.startPrefixMapping(prefix, attrValue);
            } else {
                attrs.add(attrName, attrValue);
            }
        }
        rootSeen = true;
        push(qName);
        if (!namespaces) {
            attrs.plain();
            handler.startElement("", "", qName, attrs);
            if (empty) {
                end(qName, "", "", bindingsBefore);
            }
            return;
        }
        attrs.resolve(this);
        int colon = qName.indexOf(':');
        String prefix = colon < 0 ? "" : qName.substring(0, colon);
        String local = colon < 0 ? qName : names.local(qName, colon);
        String uri = uri(prefix, true);
        handler.startElement(uri, local, qName, attrs);
        if (empty) {
            end(qName, uri, local, bindingsBefore);
        } else {
            bindingMark[depth - 1] = bindingsBefore;
        }
    }

    private void push(String qName) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            bindingMark = Arrays.copyOf(bindingMark, depth * 2);
        }
        open[depth++] = qName;
    }

    private void endTag() throws IOException, SAXException {
        String qName = name();
        int b = skipSpaces();
        if (b != '>') {
            throw error("malformed end tag </" + qName + ">");
        }
        pos++;
        if (depth == 0 || !open[depth - 1].equals(qName)) {
            throw error(depth == 0 ? "end tag </" + qName + "> without a start tag"
                    : "</" + open[depth - 1] + "> expected, found </" + qName + ">");
        }
        if (!namespaces) {
            end(qName, "", "", bindings);
            return;
        }
        int colon = qName.indexOf(':');
        String prefix = colon < 0 ? "" : qName.substring(0, colon);
        String local = colon < 0 ? qName : names.local(qName, colon);
        end(qName, uri(prefix, true), local, bindingMark[depth - 1]);
    }

    private void end(String qName, String uri, String local, int bindingsBefore) throws SAXException {
        handler.endElement(uri, local, qName);
        depth--;
        while (bindings > bindingsBefore) {
            bindings--;
            handler.endPrefixMapping(bindingPrefix[bindings]);
        }
        if (depth == 0) {
            rootClosed = true;
        }
    }

    /** An XML name, as an interned String. */
    private String name() throws IOException, SAXException {
        if (lim - pos < MAX_NAME) {
            compact();
        }
        int start = pos;
        int hash = 0;
        int p = pos;
        while (p < lim) {
            int b = buf[p];
            if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == ':' || b == '_' || b < 0
                    || p > start && (b >= '0' && b <= '9' || b == '-' || b == '.')) {
                hash = 31 * hash + b;
                p++;
            } else {
                break;
            }
        }
        if (p == start) {
            throw error("a name is expected");
        }
        if (p == lim) {
            throw error("a name is too long or the part ends inside it");
        }
        pos = p;
        String name = names.get(buf, start, p - start, hash);
        if (name.charAt(0) >= '0' && name.charAt(0) <= '9' || name.charAt(0) == '-' || name.charAt(0) == '.'
                || name.charAt(name.length() - 1) == ':' || name.charAt(0) == ':') {
            throw error("malformed name " + name);
        }
        return name;
    }

    /** Moves the unread bytes to the front of the buffer and reads more behind them. */
    private void compact() throws IOException {
        linesDone += newlines(0, pos);
        int remaining = lim - pos;
        System.arraycopy(buf, pos, buf, 0, remaining);
        pos = 0;
        lim = remaining;
        while (lim < buf.length) {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                break;
            }
            lim += n;
            if (lim >= MAX_NAME) {
                break;
            }
        }
    }

    private String attributeValue(int quote) throws IOException, SAXException {
        String plain = plainAttributeValue(quote);
        if (plain != null) {
            return plain;
        }
        valueLength = 0;
        while (true) {
            int b = next();
            if (b == quote) {
                break;
            }
            if (b < 0) {
                throw error("the part ends inside an attribute value");
            }
            if (b == '<') {
                throw error("'<' is not allowed in an attribute value");
            }
            int cp;
            if (b == '&') {
                cp = referenceValue();
                addValue(cp);
                continue;
            }
            if (b >= 0x80) {
                cp = utf8(b);
            } else if (b == '\t' || b == '\n') {
                cp = ' ';
            } else if (b == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                cp = ' ';
            } else if (b < 0x20) {
                throw error("character 0x" + Integer.toHexString(b) + " is not allowed in XML");
            } else {
                cp = b;
            }
            addValue(cp);
        }
        return new String(value, 0, valueLength);
    }

    /**
     * The common case, read straight from the buffer: a value of printable ASCII (no reference, no
     * line end) whose closing quote is in the buffer; short values that repeat (styles, types) come
     * from a small cache instead of a new String each time. Null, with nothing consumed, otherwise.
     */
    private String plainAttributeValue(int quote) {
        byte[] b = buf;
        int start = pos;
        int end = lim;
        int hash = 0;
        for (int p = start; p < end; p++) {
            int c = b[p];
            if (c == quote) {
                pos = p + 1;
                return values.get(b, start, p - start, hash);
            }
            if (c < 0x20 || c == '&' || c == '<') {
                return null;
            }
            hash = 31 * hash + c;
        }
        return null;
    }

    /**
     * Recent short attribute values by their bytes, one slot per hash, the last value wins. Cell
     * references (a letter first, a digit last), which never repeat, are not kept.
     */
    private static final class Values {
        private static final int SLOTS = 512;
        private static final int LONGEST = 8;
        private final String[] strings = new String[SLOTS];
        private final byte[][] bytes = new byte[SLOTS][];

        String get(byte[] buf, int start, int length, int hash) {
            if (length == 0 || length > LONGEST
                    || isLetter(buf[start]) && buf[start + length - 1] >= '0' && buf[start + length - 1] <= '9') {
                return new String(buf, start, length, StandardCharsets.ISO_8859_1);
            }
            int slot = (hash ^ hash >>> 9) & SLOTS - 1;
            byte[] known = bytes[slot];
            if (known != null && known.length == length && Names.same(known, buf, start, length)) {
                return strings[slot];
            }
            String s = new String(buf, start, length, StandardCharsets.ISO_8859_1);
            bytes[slot] = Arrays.copyOfRange(buf, start, start + length);
            strings[slot] = s;
            return s;
        }

        private static boolean isLetter(byte b) {
            return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
        }
    }

    private void addValue(int cp) {
        if (valueLength + 2 > value.length) {
            value = Arrays.copyOf(value, value.length * 2);
        }
        if (cp >= 0x10000) {
            value[valueLength++] = Character.highSurrogate(cp);
            value[valueLength++] = Character.lowSurrogate(cp);
        } else {
            value[valueLength++] = (char) cp;
        }
    }

    /** True when {@code name} is the first attribute of that name on the current tag. */
    private boolean firstTime(String name, int count) {
        if (count <= tagNames.length) {
            for (int i = 0; i < tagNameCount; i++) {
                if (tagNames[i].equals(name)) {
                    return false;
                }
            }
            tagNames[tagNameCount++] = name;
            if (count == tagNames.length) {
                seen.clear();
                seen.addAll(Arrays.asList(tagNames));
            }
            return true;
        }
        return seen.add(name);
    }

    // ---------------------------------------------------------------------------------------------
    // Namespaces

    private void bind(String prefix, String uri) throws SAXException {
        if (prefix.equals("xmlns") || prefix.equals("xml") && !uri.equals(XML_NS)
                || !prefix.isEmpty() && uri.isEmpty()) {
            throw error("illegal namespace declaration of prefix '" + prefix + "'");
        }
        if (bindings == bindingPrefix.length) {
            bindingPrefix = Arrays.copyOf(bindingPrefix, bindings * 2);
            bindingUri = Arrays.copyOf(bindingUri, bindings * 2);
        }
        bindingPrefix[bindings] = prefix;
        bindingUri[bindings] = uri;
        bindings++;
    }

    /** The URI bound to {@code prefix}; the empty prefix without a binding has none (""). */
    String uri(String prefix, boolean element) throws SAXException {
        if (prefix.isEmpty() && !element) {
            return "";
        }
        if (prefix.equals("xml")) {
            return XML_NS;
        }
        for (int i = bindings - 1; i >= 0; i--) {
            if (bindingPrefix[i].equals(prefix)) {
                return bindingUri[i];
            }
        }
        if (prefix.isEmpty()) {
            return "";
        }
        throw error("prefix '" + prefix + "' is not declared");
    }

    /** Names seen so far, so an element or attribute name costs no new String. */
    private static final class Names {
        private String[] strings = new String[256];
        private byte[][] bytes = new byte[256][];
        private int size;
        private final java.util.HashMap<String, String> locals = new java.util.HashMap<>();

        String get(byte[] buf, int start, int length, int hash) {
            int mask = strings.length - 1;
            int i = hash & mask;
            while (strings[i] != null) {
                byte[] b = bytes[i];
                if (b.length == length && same(b, buf, start, length)) {
                    return strings[i];
                }
                i = i + 1 & mask;
            }
            String s = new String(buf, start, length, StandardCharsets.UTF_8);
            if (size * 2 >= strings.length || length > 64) {
                return s; // the table is full or the name unusually long: not kept
            }
            strings[i] = s;
            bytes[i] = Arrays.copyOfRange(buf, start, start + length);
            size++;
            return s;
        }

        static boolean same(byte[] name, byte[] buf, int start, int length) {
            for (int k = 0; k < length; k++) {
                if (name[k] != buf[start + k]) {
                    return false;
                }
            }
            return true;
        }

        String local(String qName, int colon) {
            String local = locals.get(qName);
            if (local == null) {
                local = qName.substring(colon + 1);
                if (locals.size() < 1024) {
                    locals.put(qName, local);
                }
            }
            return local;
        }
    }

    /** The attributes of the current start tag. */
    private static final class Attrs implements Attributes {
        String[] qName = new String[8];
        String[] value = new String[8];
        String[] uri = new String[8];
        String[] local = new String[8];
        int length;

        void clear() {
            length = 0;
        }

        void add(String name, String v) {
            if (length == qName.length) {
                qName = Arrays.copyOf(qName, length * 2);
                value = Arrays.copyOf(value, length * 2);
                uri = Arrays.copyOf(uri, length * 2);
                local = Arrays.copyOf(local, length * 2);
            }
            qName[length] = name;
            value[length] = v;
            length++;
        }

        /** Without namespace processing: no URI, the local name is the qualified name. */
        void plain() {
            for (int i = 0; i < length; i++) {
                uri[i] = "";
                local[i] = qName[i];
            }
        }

        /** Namespace URI and local name of every attribute, once the tag's own declarations are known. */
        void resolve(FastXml xml) throws SAXException {
            for (int i = 0; i < length; i++) {
                String q = qName[i];
                int colon = q.indexOf(':');
                if (colon < 0) {
                    uri[i] = "";
                    local[i] = q;
                } else {
                    uri[i] = xml.uri(q.substring(0, colon), false);
                    local[i] = xml.names.local(q, colon);
                }
            }
            java.util.HashSet<String> expanded = null;
            for (int i = 0; i < length; i++) {
                if (!uri[i].isEmpty()) {
                    expanded = expanded == null ? new java.util.HashSet<>() : expanded;
                    if (!expanded.add(uri[i] + '\u0000' + local[i])) {
                        throw xml.error("attribute " + local[i] + " appears twice in namespace " + uri[i]);
                    }
                }
            }
        }

        @Override
        public int getLength() {
            return length;
        }

        @Override
        public String getURI(int index) {
            return index >= 0 && index < length ? uri[index] : null;
        }

        @Override
        public String getLocalName(int index) {
            return index >= 0 && index < length ? local[index] : null;
        }

        @Override
        public String getQName(int index) {
            return index >= 0 && index < length ? qName[index] : null;
        }

        @Override
        public String getType(int index) {
            return index >= 0 && index < length ? "CDATA" : null;
        }

        @Override
        public String getValue(int index) {
            return index >= 0 && index < length ? value[index] : null;
        }

        @Override
        public int getIndex(String uri, String localName) {
            for (int i = 0; i < length; i++) {
                if (this.uri[i].equals(uri) && local[i].equals(localName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int getIndex(String qName) {
            for (int i = 0; i < length; i++) {
                if (this.qName[i].equals(qName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String getType(String uri, String localName) {
            return getIndex(uri, localName) < 0 ? null : "CDATA";
        }

        @Override
        public String getType(String qName) {
            return getIndex(qName) < 0 ? null : "CDATA";
        }

        @Override
        public String getValue(String uri, String localName) {
            int i = getIndex(uri, localName);
            return i < 0 ? null : value[i];
        }

        @Override
        public String getValue(String qName) {
            int i = getIndex(qName);
            return i < 0 ? null : value[i];
        }
    }
}
