package org.upm.validate;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the shared strings part ({@code xl/sharedStrings.xml}) into plain strings: rich-text runs
 * joined, phonetic hints left out, the total bounded by {@link Limits#maxTextChars()}.
 */
final class SharedStrings extends DefaultHandler {
    /** Initial capacity at most; the part's own count is not trusted. */
    private static final int MAX_PRESIZE = 65_536;

    private final Budget budget;
    private final ArrayList<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private boolean inPhonetic;
    private long totalChars;

    SharedStrings(Budget budget) {
        this.budget = budget;
    }

    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "sst" -> presize(attributes.getValue("uniqueCount"));
            case "si" -> {
                inItem = true;
                text.setLength(0);
            }
            case "t" -> inText = inItem && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                inItem = false;
                strings.add(text.toString());
                if (strings.size() % 4096 == 0) {
                    budget.checkTime();
                }
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inText) {
            return;
        }
        budget.checkCellLength(text.length() + length, "a shared string");
        totalChars += length;
        if (totalChars > budget.limits().maxTextChars()) {
            throw new LimitExceeded("its shared strings hold more than " + budget.limits().maxTextChars()
                    + " characters");
        }
        text.append(ch, start, length);
    }

    private void presize(String count) {
        try {
            int n = count == null ? 0 : Integer.parseInt(count);
            strings.ensureCapacity(Math.min(Math.max(n, 0), MAX_PRESIZE));
        } catch (NumberFormatException e) {
            // the count is only a hint
        }
    }
}
