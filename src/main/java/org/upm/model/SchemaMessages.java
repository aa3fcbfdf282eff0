package org.upm.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the XML Schema validator's messages into "what is wrong; what is allowed". */
final class SchemaMessages {
    private static final Pattern CVC = Pattern.compile("^cvc-([a-zA-Z-]+)(?:\\.[0-9.]+)?:\\s*");
    private static final Pattern FRACTION = Pattern.compile("Value '([^']*)' has (\\d+) fraction digits");
    private static final Pattern MIN = Pattern.compile("Value '([^']*)' is not facet-valid with respect to minInclusive '([^']*)'");
    private static final Pattern PATTERN = Pattern.compile("Value '([^']*)' is not facet-valid with respect to pattern '([^']*)'");
    private static final Pattern ENUM = Pattern.compile("Value '([^']*)' is not facet-valid with respect to enumeration '([^']*)'");

    private SchemaMessages() {
    }

    /** The validator repeats a facet error as a type error on the same attribute; keep the first. */
    static boolean isConsequential(String raw) {
        return raw != null && (raw.startsWith("cvc-attribute.3") || raw.startsWith("cvc-type.3.1.3"));
    }

    static String explain(String raw) {
        String message = raw == null ? "invalid" : raw.strip();
        Matcher m = FRACTION.matcher(message);
        if (m.find()) {
            return "value " + m.group(1) + " has " + m.group(2) + " decimal places; at most 4 are allowed (2 for money)";
        }
        if ((m = MIN.matcher(message)).find()) {
            return "value " + m.group(1) + " is negative; multipliers and fees are 0 or more";
        }
        if ((m = PATTERN.matcher(message)).find()) {
            return "'" + m.group(1) + "' is not a valid code; codes match " + m.group(2)
                    + " (capital letter, then capitals, digits or _)";
        }
        if ((m = ENUM.matcher(message)).find()) {
            return "'" + m.group(1) + "' is not allowed here; use one of " + m.group(2);
        }
        Matcher cvc = CVC.matcher(message);
        String body = cvc.find() ? message.substring(cvc.end()) : message;
        return body.replaceAll("\"urn:upm:proxy-model:1\":", "").replaceAll("\\.$", "")
                + "; see templates/proxy-model.xsd for what is allowed";
    }
}
