package org.upm.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.upm.layout.Metadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Where a toolkit is written: refuses to replace a file that is not a toolkit written by upm, and
 * writes to a temporary file in the target folder that is then moved into place, so a reader never
 * sees half a file and a failure leaves the old file intact.
 */
final class TargetFile {
    /** The document parts read to recognise a toolkit are a few kilobytes; more means something else. */
    private static final long MAX_PART_BYTES = 1 << 20;
    private static final AtomicLong COUNTER = new AtomicLong();

    /** Writes the whole content of a file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private TargetFile() {
    }

    /**
     * Why an existing file may not be replaced without force, or empty when it may (it is a toolkit
     * written by upm and saved by nothing else since).
     */
    static Optional<String> whyNotReplaceable(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of("it is a folder");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Optional<Document> custom = part(zip, "docProps/custom.xml");
            if (custom.isEmpty() || !hasProperty(custom.get(), Metadata.PROPERTY_PREFIX + Metadata.TEMPLATE_ID)) {
                return Optional.of("it has no upm template metadata");
            }
            String application = part(zip, "docProps/app.xml").map(d -> text(d, "Application")).orElse("");
            if (!application.equals(DocumentProperties.CREATOR)) {
                return Optional.of("it was saved by " + (application.isEmpty() ? "another program" : application)
                        + " since and may hold filled-in lines");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("it is not an .xlsx workbook");
        }
    }

    /** Writes {@code content} to a temporary file next to {@code target}, then moves it into place. */
    static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Optional<Document> part(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.getSize() > MAX_PART_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_PART_BYTES + 1);
            if (bytes.length > MAX_PART_BYTES) {
                return Optional.empty();
            }
            return Optional.of(parser().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes)));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            return Optional.empty();
        }
    }

    private static DocumentBuilderFactory parser() throws javax.xml.parsers.ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static boolean hasProperty(Document custom, String name) {
        NodeList properties = custom.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < properties.getLength(); i++) {
            if (name.equals(((Element) properties.item(i)).getAttribute("name"))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
