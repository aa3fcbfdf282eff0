package org.upm.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * SAX parsing of one package part: a UTF-8 part (every part Excel, LibreOffice and POI write) with
 * {@link FastXml}, several times faster than the JDK's parser on large sheets; a part in another
 * encoding with POI's hardened JDK parser. Neither reads a DTD or an external entity.
 */
final class Xml {
    /** Bytes looked at to decide the encoding: a byte order mark and the XML declaration. */
    private static final int HEAD = 128;

    /** Stops at the first error without printing it; the caller turns it into a finding. */
    private static final ErrorHandler THROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not stop reading
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private Xml() {
    }

    /**
     * Without namespace processing, for worksheets: about 15% faster, and a worksheet's elements and
     * attributes are told apart by their local names alone. Hardened like POI's parser.
     */
    private static final SAXParserFactory PLAIN = plainFactory();

    private static SAXParserFactory plainFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be hardened: " + e.getMessage(), e);
        }
    }

    /**
     * Parses {@code in} (closing it) into {@code handler} with POI's namespace-aware parser; a
     * malformed part is a {@link SAXException} whose message names {@code partName} and the line.
     */
    static void parse(InputStream in, String partName, ContentHandler handler) throws IOException, SAXException {
        parse(in, partName, handler, true);
    }

    /** As {@link #parse(InputStream, String, ContentHandler)}; element names then come as qualified names. */
    static void parseWithoutNamespaces(InputStream in, String partName, ContentHandler handler)
            throws IOException, SAXException {
        parse(in, partName, handler, false);
    }

    private static void parse(InputStream in, String partName, ContentHandler handler, boolean namespaces)
            throws IOException, SAXException {
        try (PushbackInputStream input = new PushbackInputStream(in, HEAD)) {
            byte[] head = input.readNBytes(HEAD);
            input.unread(head);
            if (FastXml.isUtf8(head, head.length)) {
                FastXml.parse(input, handler, namespaces);
                return;
            }
            XMLReader reader = namespaces ? XMLHelper.newXMLReader() : PLAIN.newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(THROW);
            reader.parse(new InputSource(input));
        } catch (SAXParseException e) {
            throw new SAXException(partName + ", line " + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser available: " + e.getMessage(), e);
        }
    }
}
