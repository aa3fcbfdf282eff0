package org.upm.validate;

/**
 * The expected formula of a cell, or of a whole line-sheet column with {@code {r}} standing for the
 * one-based row, compiled once and matched against every cell without building the expected text:
 * first exactly as the generator writes it, then in {@link FormulaText canonical form}.
 */
final class FormulaTemplate {
    private static final String ROW = "{r}";
    /** Stands for {@code {r}} while the template is normalised; no formula contains it. */
    private static final char MARK = '\u0001';

    private final String template;
    private final String[] exact;
    private final String[] canonical;
    private final String canonicalTemplate;

    FormulaTemplate(String template) {
        this.template = template;
        this.exact = template.split(java.util.regex.Pattern.quote(ROW), -1);
        this.canonicalTemplate = canonical(template);
        this.canonical = canonicalTemplate.split(String.valueOf(MARK), -1);
    }

    private static String canonical(String template) {
        return FormulaText.normalize(template.replace(ROW, String.valueOf(MARK)));
    }

    /** True when {@code other}, also with {r} for the row, is this template, exactly or in canonical form. */
    boolean isSameTemplate(String other) {
        return template.equals(other) || canonicalTemplate.equals(canonical(other));
    }

    /** The expected formula at a one-based row, for a report. */
    String at(int row1) {
        return template.replace(ROW, Integer.toString(row1));
    }

    /**
     * True when {@code actual} (without '=') is this formula at the row whose one-based number is
     * {@code rowDigits}; {@code scratch} is reused for the canonical form.
     */
    boolean matches(CharSequence actual, String rowDigits, StringBuilder scratch) {
        if (matches(exact, actual, rowDigits)) {
            return true;
        }
        scratch.setLength(0);
        FormulaText.normalize(actual, scratch);
        return matches(canonical, scratch, rowDigits);
    }

    private static boolean matches(String[] parts, CharSequence text, String rowDigits) {
        int at = 0;
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                if (!regionEquals(text, at, rowDigits)) {
                    return false;
                }
                at += rowDigits.length();
            }
            if (!regionEquals(text, at, parts[k])) {
                return false;
            }
            at += parts[k].length();
        }
        return at == text.length();
    }

    private static boolean regionEquals(CharSequence text, int at, String part) {
        if (at + part.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (text.charAt(at + i) != part.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
