package org.upm.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.upm.layout.MetaSheet;

/** Collects the key/value rows of the metadata sheet (keys in column A, values in column B). */
final class MetaReader implements SheetReader.Sink {
    /** A value and the zero-based row it stands in. */
    record Entry(String value, int row) {
    }

    private static final int MAX_KEYS = 1_000;

    private final Map<Integer, String> keys = new LinkedHashMap<>();
    private final Map<Integer, String> values = new LinkedHashMap<>();

    @Override
    public void cell(SheetCell cell) {
        if (keys.size() >= MAX_KEYS || cell.kind == SheetCell.Kind.NONE) {
            return;
        }
        if (cell.column == MetaSheet.KEY_COLUMN) {
            keys.put(cell.row, cell.textString());
        } else if (cell.column == MetaSheet.VALUE_COLUMN) {
            values.put(cell.row, cell.kind == SheetCell.Kind.NUMBER ? Numbers.plain(cell.value) : cell.textString());
        }
    }

    /** Key → value and row; the first row of a key wins. */
    Map<String, Entry> entries() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        keys.forEach((row, key) -> entries.putIfAbsent(key, new Entry(values.getOrDefault(row, ""), row)));
        return entries;
    }
}
