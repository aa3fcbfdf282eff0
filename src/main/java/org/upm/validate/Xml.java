package org.upm.validate;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/** SAX parsing of one package part with POI's hardened parser: no DTDs, no external entities. */
final class Xml {
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
     * Parses {@code in} (closing it) into {@code handler}; a malformed part is a {@link SAXException}
     * whose message names {@code partName} and the line.
     */
    static void parse(InputStream in, String partName, ContentHandler handler) throws IOException, SAXException {
        try (in) {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(THROW);
            reader.parse(new InputSource(in));
        } catch (SAXParseException e) {
            throw new SAXException(partName + ", line " + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser available: " + e.getMessage(), e);
        }
    }
}
