package org.upm.model;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Loads one CPT year's data file: well-formed XML without DTDs, valid against
 * {@code proxy-model.xsd}, then the semantic rules of {@link SemanticChecks}. Thread-safe.
 */
public final class ModelLoader {
    /** Data files are a few kilobytes; anything this large is not one. */
    static final int MAX_FILE_BYTES = 1 << 20;
    private static final String SCHEMA_RESOURCE = "/templates/proxy-model.xsd";

    private static final JAXBContext CONTEXT = createContext();
    private static final Schema SCHEMA = loadSchema();

    private ModelLoader() {
    }

    /** Loads a data file; the file name (cpt-YYYY.xml) must agree with the year inside. */
    public static ProxyModel load(Path file) throws DataException {
        String display = file.toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new DataException(new DataProblem(display, 0, 0,
                        "file is " + Files.size(file) + " bytes; a data file is at most " + MAX_FILE_BYTES));
            }
            return load(Files.readAllBytes(file), display, file.getFileName().toString());
        } catch (IOException e) {
            throw new DataException(new DataProblem(display, 0, 0, "cannot be read (" + e.getMessage()
                    + "); check the path and its permissions"));
        }
    }

    /**
     * Loads data from bytes.
     *
     * @param display the name used in messages
     * @param fileName the bare file name whose year must match, or null to skip that check
     */
    public static ProxyModel load(byte[] content, String display, String fileName) throws DataException {
        rejectDoctype(content, display);
        XmlBinding.XmlProxyModel xml = unmarshal(content, display);
        List<DataProblem> problems = new SemanticChecks(display, fileName).check(xml);
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return ModelMapper.toModel(xml, sha256(content), display);
    }

    /** The schema, for tools that want to check other files against it. */
    public static Schema schema() {
        return SCHEMA;
    }

    /** A DOCTYPE could declare external entities (XXE); data files never need one. */
    private static void rejectDoctype(byte[] content, String display) throws DataException {
        XMLStreamReader reader = null;
        try {
            reader = safeFactory().createXMLStreamReader(new ByteArrayInputStream(content));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.DTD) {
                    Location at = reader.getLocation();
                    throw new DataException(new DataProblem(display, at.getLineNumber(), at.getColumnNumber(),
                            "a DOCTYPE declaration is not allowed; data files are plain XML without DTDs or entities"));
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new DataException(new DataProblem(display, at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber(), "not well-formed XML: " + cleanMessage(e.getMessage())
                    + "; fix the XML syntax"));
        } finally {
            closeQuietly(reader);
        }
    }

    private static XmlBinding.XmlProxyModel unmarshal(byte[] content, String display) throws DataException {
        List<DataProblem> problems = new ArrayList<>();
        XMLStreamReader reader = null;
        try {
            reader = safeFactory().createXMLStreamReader(new ByteArrayInputStream(content));
            Unmarshaller unmarshaller = CONTEXT.createUnmarshaller();
            unmarshaller.setSchema(SCHEMA);
            unmarshaller.setEventHandler(event -> {
                if (!SchemaMessages.isConsequential(event.getMessage())) {
                    problems.add(toProblem(display, event));
                }
                // The RI reports schema violations as FATAL_ERROR too; go on so every problem is listed.
                return true;
            });
            XMLStreamReader located = reader;
            unmarshaller.setListener(new Unmarshaller.Listener() {
                @Override
                public void beforeUnmarshal(Object target, Object parent) {
                    if (target instanceof XmlBinding.Located l) {
                        l.line = located.getLocation().getLineNumber();
                        l.column = located.getLocation().getColumnNumber();
                    }
                }
            });
            Object root = unmarshaller.unmarshal(reader);
            if (problems.isEmpty() && root instanceof XmlBinding.XmlProxyModel model) {
                return model;
            }
        } catch (JAXBException | XMLStreamException e) {
            if (problems.isEmpty()) {
                problems.add(new DataProblem(display, 0, 0, "not a proxy-model data file: " + e
                        + "; the root element must be <proxy-model xmlns=\"" + XmlBinding.NAMESPACE + "\">"));
            }
        } finally {
            closeQuietly(reader);
        }
        throw new DataException(problems);
    }

    private static DataProblem toProblem(String display, ValidationEvent event) {
        ValidationEventLocator at = event.getLocator();
        int line = at == null ? 0 : Math.max(0, at.getLineNumber());
        int column = at == null ? 0 : Math.max(0, at.getColumnNumber());
        return new DataProblem(display, line, column, SchemaMessages.explain(event.getMessage()));
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static String cleanMessage(String message) {
        String m = message == null ? "" : message;
        int detail = m.indexOf("Message: ");
        return (detail >= 0 ? m.substring(detail + 9) : m).strip().replaceAll("\\.$", "");
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was written; closing a reader over bytes cannot lose data
            }
        }
    }

    private static JAXBContext createContext() {
        try {
            return JAXBContext.newInstance(XmlBinding.XmlProxyModel.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("JAXB binding of the data classes is broken", e);
        }
    }

    private static Schema loadSchema() {
        URL url = ModelLoader.class.getResource(SCHEMA_RESOURCE);
        if (url == null) {
            throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the jar; rebuild with mvn package");
        }
        try (InputStream in = url.openStream()) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new javax.xml.transform.stream.StreamSource(in, url.toString()));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("cannot read the bundled schema " + SCHEMA_RESOURCE, e);
        }
    }
}
