package org.upm.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.upm.layout.CellRef;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the cells of one worksheet part (SAX over {@code xl/worksheets/sheetN.xml}) to a
 * {@link Sink}, one reused {@link SheetCell} at a time: shared strings resolved, shared formulas
 * expanded, nothing kept per row. Also notes whether the sheet is protected.
 */
final class SheetReader extends DefaultHandler {
    /** Receives the cells of a sheet in document order. */
    interface Sink {
        /** One {@code <c>} element, complete. The cell object is reused after the call returns. */
        void cell(SheetCell cell);

        /** The end of a {@code <row>}; {@code row} zero-based. */
        default void rowEnd(int row) {
        }
    }

    /** Elements between two looks at the clock: frequent enough, cheap enough. */
    private static final int TICK = 4096;

    private final Sink sink;
    private final List<String> sharedStrings;
    private final Budget budget;
    private final String sheetName;
    private final SheetCell cell = new SheetCell();
    private final Map<String, SharedFormula> sharedFormulas = new HashMap<>();

    private boolean sheetProtected;
    private int row = -1;
    private int lastColumn = -1;
    private boolean inCell;
    private boolean sawValue;
    private String cellType;
    private StringBuilder collecting;
    private boolean inInlineString;
    private boolean inPhonetic;
    private String formulaType;
    private String formulaSharedIndex;
    private boolean formulaIsMaster;
    private int elements;

    SheetReader(String sheetName, List<String> sharedStrings, Budget budget, Sink sink) {
        this.sheetName = sheetName;
        this.sharedStrings = sharedStrings;
        this.budget = budget;
        this.sink = sink;
    }

    /** True when the sheet had a {@code <sheetProtection sheet="1">}. */
    boolean sheetProtected() {
        return sheetProtected;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (++elements % TICK == 0) {
            budget.checkTime();
        }
        switch (name(localName, qName)) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes.getValue("r"), attributes.getValue("t"));
            case "v" -> startValue();
            case "f" -> startFormula(attributes);
            case "is" -> startInlineString();
            case "rPh" -> inPhonetic = true;
            case "t" -> collect(inInlineString && !inPhonetic ? cell.value : null);
            case "sheetProtection" -> sheetProtected = isTrue(attributes.getValue("sheet"));
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "c" -> endCell();
            case "row" -> sink.rowEnd(row);
            case "f" -> endFormula();
            case "is" -> inInlineString = false;
            case "rPh" -> inPhonetic = false;
            case "v", "t" -> collecting = null;
            default -> {
            }
        }
    }

    /** The local name, also when the parser does not process namespaces ({@code x:c} → {@code c}). */
    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting != null) {
            budget.checkCellLength(collecting.length() + length, "a cell on sheet " + sheetName);
            collecting.append(ch, start, length);
        }
    }

    private void startValue() {
        sawValue |= inCell;
        collect(inCell ? cell.value : null);
    }

    private void startInlineString() {
        inInlineString = inCell;
        sawValue |= inCell;
    }

    private void collect(StringBuilder target) {
        collecting = target;
    }

    private void startRow(String r) {
        int parsed = r == null ? -1 : parseInt(r, 0, r.length());
        row = parsed > 0 ? parsed - 1 : row + 1;
        lastColumn = -1;
    }

    private void startCell(String reference, String type) {
        int column = lastColumn + 1;
        if (reference != null) {
            int letters = 0;
            while (letters < reference.length() && Character.isLetter(reference.charAt(letters))) {
                letters++;
            }
            int parsedColumn = CellRef.columnIndex(reference, letters);
            int parsedRow = parseInt(reference, letters, reference.length());
            if (parsedColumn >= 0) {
                column = parsedColumn;
            }
            if (parsedRow > 0 && parsedRow - 1 != row) {
                row = parsedRow - 1;
            }
        }
        lastColumn = column;
        cell.reset(Math.max(row, 0), column);
        cellType = type;
        inCell = true;
        sawValue = false;
    }

    private void endCell() {
        inCell = false;
        collecting = null;
        String type = cellType == null ? "n" : cellType;
        SheetCell.Kind kind = sawValue ? kind(type) : SheetCell.Kind.NONE;
        boolean textKept = "str".equals(type) || "inlineStr".equals(type);
        if (kind != SheetCell.Kind.NONE && !textKept && cell.value.length() == 0) {
            kind = SheetCell.Kind.NONE;
        }
        cell.kind = kind;
        if (kind == SheetCell.Kind.TEXT && "s".equals(type)) {
            cell.sharedText = sharedString(cell.value);
        }
        sink.cell(cell);
    }

    private static SheetCell.Kind kind(String type) {
        return switch (type) {
            case "s", "str", "inlineStr" -> SheetCell.Kind.TEXT;
            case "b" -> SheetCell.Kind.BOOLEAN;
            case "e" -> SheetCell.Kind.ERROR;
            default -> SheetCell.Kind.NUMBER;
        };
    }

    /** A dangling index is read as empty text; the checks then report the cell. */
    private String sharedString(CharSequence index) {
        int i = parseInt(index, 0, index.length());
        return i >= 0 && i < sharedStrings.size() ? sharedStrings.get(i) : "";
    }

    private void startFormula(Attributes attributes) {
        if (!inCell) {
            return;
        }
        cell.hasFormula = true;
        formulaType = attributes.getValue("t");
        formulaSharedIndex = attributes.getValue("si");
        formulaIsMaster = attributes.getValue("ref") != null;
        collect(cell.formula);
    }

    private void endFormula() {
        collecting = null;
        if (!inCell || !"shared".equals(formulaType) || formulaSharedIndex == null) {
            return;
        }
        if (cell.formula.length() > 0 && (formulaIsMaster || !sharedFormulas.containsKey(formulaSharedIndex))) {
            sharedFormulas.put(formulaSharedIndex, new SharedFormula(cell.row, cell.column, cell.formula));
        } else if (cell.formula.length() == 0) {
            cell.shared = sharedFormulas.get(formulaSharedIndex);
            budget.checkCellLength(cell.shared == null ? 0 : cell.shared.length(), "a formula on sheet " + sheetName);
        }
    }

    private static boolean isTrue(String value) {
        return "1".equals(value) || "true".equals(value);
    }

    /** A non-negative decimal of at most 9 digits, or -1. */
    private static int parseInt(CharSequence s, int from, int to) {
        if (from >= to || to - from > 9) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
