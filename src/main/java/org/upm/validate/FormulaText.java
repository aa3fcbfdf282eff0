package org.upm.validate;

/**
 * Formula text in a canonical form, so an honest round trip through Excel or LibreOffice compares
 * equal to the toolkit's formula: no leading '=', no whitespace outside string literals, upper case
 * outside string literals (function names, references and defined names are case-insensitive), no
 * {@code _xlfn.}/{@code _xlws.} prefixes, and sheet names unquoted where they need no quotes. String
 * literals are kept exactly: {@code "Yes"} and {@code "yes"} are different formulas.
 */
final class FormulaText {
    private FormulaText() {
    }

    /** Appends the canonical form of {@code in} to {@code out}. */
    static void normalize(CharSequence in, StringBuilder out) {
        int n = in.length();
        int i = 0;
        while (i < n && Character.isWhitespace(in.charAt(i))) {
            i++;
        }
        if (i < n && in.charAt(i) == '=') {
            i++;
        }
        while (i < n) {
            char c = in.charAt(i);
            if (c == '"') {
                i = copyStringLiteral(in, i, out);
            } else if (c == '\'') {
                i = copyQuotedName(in, i, out);
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                i++;
            } else if (c == '_' && (startsWithIgnoreCase(in, i, "_xlfn.") || startsWithIgnoreCase(in, i, "_xlws."))) {
                i += 6;
            } else {
                out.append(upper(c));
                i++;
            }
        }
    }

    static String normalize(CharSequence in) {
        StringBuilder out = new StringBuilder(in.length());
        normalize(in, out);
        return out.toString();
    }

    /** Index just past the literal starting at {@code start} (a '"'); "" inside stays "". */
    private static int copyStringLiteral(CharSequence in, int start, StringBuilder out) {
        out.append('"');
        int i = start + 1;
        int n = in.length();
        while (i < n) {
            char c = in.charAt(i++);
            out.append(c);
            if (c == '"') {
                if (i < n && in.charAt(i) == '"') {
                    out.append('"');
                    i++;
                } else {
                    return i;
                }
            }
        }
        return i;
    }

    /** A quoted sheet name: kept quoted (upper case) only when it needs quotes. */
    private static int copyQuotedName(CharSequence in, int start, StringBuilder out) {
        int n = in.length();
        int i = start + 1;
        int mark = out.length();
        out.append('\'');
        boolean simple = true;
        while (i < n) {
            char c = in.charAt(i++);
            if (c == '\'') {
                if (i < n && in.charAt(i) == '\'') {
                    out.append("''");
                    simple = false;
                    i++;
                    continue;
                }
                break;
            }
            simple &= Character.isLetter(c) && c < 128 || c == '_' || Character.isDigit(c) && out.length() > mark + 1;
            out.append(upper(c));
        }
        if (simple && out.length() > mark + 1 && i < n && in.charAt(i) == '!') {
            out.deleteCharAt(mark);
        } else {
            out.append('\'');
        }
        return i;
    }

    private static boolean startsWithIgnoreCase(CharSequence in, int at, String prefix) {
        if (at + prefix.length() > in.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(in.charAt(at + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }
}
