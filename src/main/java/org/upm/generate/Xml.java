package org.upm.generate;

/** XML text escaping for the streamed sheet. */
final class Xml {
    private Xml() {
    }

    /** Escapes text content: &amp;, &lt; and &gt;. Quotes need no escaping outside attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
