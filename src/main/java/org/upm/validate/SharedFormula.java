package org.upm.validate;

import java.util.ArrayList;
import java.util.List;
import org.upm.layout.CellRef;

/**
 * The master of a shared formula ({@code <f t="shared" ref=… si=…>text</f>}) and how to expand it for
 * another cell of its group ({@code <f t="shared" si=…/>}): every relative reference moves by the
 * cell's distance from the master, absolute parts ({@code $}) stay, as Excel does.
 */
final class SharedFormula {
    private static final int MAX_COLUMN = 16_383;
    private static final int MAX_ROW = 1_048_575;

    private final int row;
    private final int column;
    private final int length;
    /** Literal text pieces (String) and references (Ref), in order. */
    private final List<Object> pieces;
    /** The last template asked about and the answer; a group spans one column, so one template. */
    private FormulaTemplate askedTemplate;
    private boolean askedAnswer;

    private record Ref(boolean absoluteColumn, int column, boolean absoluteRow, int row) {
    }

    /** @param row zero-based row of the master cell; {@code column} likewise */
    SharedFormula(int row, int column, CharSequence text) {
        this.row = row;
        this.column = column;
        this.length = text.length();
        this.pieces = tokenize(text);
    }

    /** Length of the master's formula, about that of every expansion. */
    int length() {
        return length;
    }

    /**
     * True when every cell of the group in the master's column holds {@code template} at its own row:
     * the master's relative row references all point at its own row, exactly where the template says
     * {r}, and the rest is the template. Then no cell of the group needs expanding to be checked.
     */
    boolean isTemplate(FormulaTemplate template, int cellColumn) {
        if (cellColumn != column) {
            return false;
        }
        if (askedTemplate != template) {
            String form = templateForm();
            askedAnswer = form != null && template.isSameTemplate(form);
            askedTemplate = template;
        }
        return askedAnswer;
    }

    /** The master with {r} for each relative reference to its own row; null when another row is relative. */
    private String templateForm() {
        StringBuilder out = new StringBuilder(length + 16);
        for (Object piece : pieces) {
            if (piece instanceof Ref ref) {
                if (!ref.absoluteRow() && ref.row() != row) {
                    return null;
                }
                out.append(ref.absoluteColumn() ? "$" : "").append(CellRef.columnLetters(ref.column()))
                        .append(ref.absoluteRow() ? "$" + (ref.row() + 1) : "{r}");
            } else {
                out.append((String) piece);
            }
        }
        return out.toString();
    }

    /** Appends the formula as it reads in the cell at zero-based {@code targetRow}, {@code targetColumn}. */
    void expandTo(int targetRow, int targetColumn, StringBuilder out) {
        int dr = targetRow - row;
        int dc = targetColumn - column;
        for (Object piece : pieces) {
            if (piece instanceof Ref ref) {
                int c = ref.absoluteColumn() ? ref.column() : ref.column() + dc;
                int r = ref.absoluteRow() ? ref.row() : ref.row() + dr;
                if (c < 0 || c > MAX_COLUMN || r < 0 || r > MAX_ROW) {
                    out.append("#REF!");
                    continue;
                }
                out.append(ref.absoluteColumn() ? "$" : "").append(CellRef.columnLetters(c))
                        .append(ref.absoluteRow() ? "$" : "").append(r + 1);
            } else {
                out.append((String) piece);
            }
        }
    }

    private static List<Object> tokenize(CharSequence text) {
        List<Object> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = copyQuoted(text, i, literal);
            } else if (isWordChar(c)) {
                int end = i;
                while (end < n && isWordChar(text.charAt(end))) {
                    end++;
                }
                Ref ref = isFollowedByCallOrSheet(text, end) ? null : ref(text, i, end);
                if (ref == null) {
                    literal.append(text, i, end);
                } else {
                    flush(literal, pieces);
                    pieces.add(ref);
                }
                i = end;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, pieces);
        return List.copyOf(pieces);
    }

    private static void flush(StringBuilder literal, List<Object> pieces) {
        if (literal.length() > 0) {
            pieces.add(literal.toString());
            literal.setLength(0);
        }
    }

    private static int copyQuoted(CharSequence text, int start, StringBuilder literal) {
        char quote = text.charAt(start);
        literal.append(quote);
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i++);
            literal.append(c);
            if (c == quote) {
                if (i < text.length() && text.charAt(i) == quote) {
                    literal.append(quote);
                    i++;
                } else {
                    break;
                }
            }
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '$' || c > 127 && Character.isLetterOrDigit(c);
    }

    /** A function name precedes '(' and a sheet name precedes '!'; neither is a reference. */
    private static boolean isFollowedByCallOrSheet(CharSequence text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '(' || text.charAt(i) == '!');
    }

    /** {@code [$]LETTERS[$]DIGITS} within Excel's grid, or null. */
    private static Ref ref(CharSequence text, int start, int end) {
        int i = start;
        boolean absoluteColumn = i < end && text.charAt(i) == '$';
        if (absoluteColumn) {
            i++;
        }
        int column = 0;
        int letters = 0;
        while (i < end && letters < 4 && Character.isLetter(text.charAt(i)) && text.charAt(i) < 128) {
            column = column * 26 + (Character.toUpperCase(text.charAt(i)) - 'A' + 1);
            letters++;
            i++;
        }
        boolean absoluteRow = i < end && text.charAt(i) == '$';
        if (absoluteRow) {
            i++;
        }
        int digitsStart = i;
        long row = 0;
        while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9' && i - digitsStart < 8) {
            row = row * 10 + (text.charAt(i) - '0');
            i++;
        }
        if (letters == 0 || letters > 3 || i == digitsStart || i != end || row < 1 || row > MAX_ROW + 1
                || column - 1 > MAX_COLUMN) {
            return null;
        }
        return new Ref(absoluteColumn, column - 1, absoluteRow, (int) row - 1);
    }
}
