package org.upm.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** The custom document properties ({@code docProps/custom.xml}): name → value as text. */
final class CustomProperties extends DefaultHandler {
    private static final int MAX_VALUE_CHARS = 4_096;

    private final Map<String, String> properties = new LinkedHashMap<>();
    private String name;
    /** Elements open inside the current property; its value is the text of its child (vt:lpwstr, ...). */
    private int depth;
    private StringBuilder value;

    Map<String, String> properties() {
        return properties;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if ("property".equals(localName)) {
            name = attributes.getValue("name");
            value = new StringBuilder();
            depth = 0;
        } else if (value != null) {
            depth++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("property".equals(localName) && value != null) {
            if (name != null && properties.size() < 1_000) {
                properties.put(name, value.toString());
            }
            value = null;
        } else if (value != null && depth > 0) {
            depth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (value != null && depth > 0 && value.length() + length <= MAX_VALUE_CHARS) {
            value.append(ch, start, length);
        }
    }
}
