package org.upm.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The very hidden sheet: template metadata as key/value rows in columns A and B, and the list of state
 * codes in column D that the State dropdown uses.
 */
public final class MetaSheet {
    public static final int KEY_COLUMN = 0;
    public static final int VALUE_COLUMN = 1;
    public static final int STATE_COLUMN = 3;

    private MetaSheet() {
    }

    static FixedSheet build(Metadata meta, List<DefinedName> names) {
        List<CellSpec> cells = new ArrayList<>();
        int row = 0;
        for (Map.Entry<String, String> e : meta.asMap().entrySet()) {
            cells.add(CellSpec.text(row, KEY_COLUMN, Style.VALUE_TEXT, e.getKey()));
            cells.add(CellSpec.text(row, VALUE_COLUMN, Style.VALUE_TEXT, e.getValue()));
            row++;
        }
        for (int i = 0; i < UsStates.CODES.size(); i++) {
            cells.add(CellSpec.text(i, STATE_COLUMN, Style.VALUE_TEXT, UsStates.CODES.get(i)));
        }
        names.add(new DefinedName(Names.STATE_CODES, CellRef.absoluteRange(Names.META, 0, STATE_COLUMN,
                UsStates.CODES.size() - 1, STATE_COLUMN)));
        return new FixedSheet(Names.META, FixedSheet.Visibility.VERY_HIDDEN, cells, List.of(18, 70, 4, 6), null);
    }
}
