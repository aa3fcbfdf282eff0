package org.upm.layout;

/**
 * The visual role of a cell; the generator maps each to one cell style. Input styles are the only
 * unlocked ones; computed styles are locked and hide their formulas.
 */
public enum Style {
    TITLE(false),
    /** Red warning text, e.g. that the year's data is illustrative. */
    BANNER(false),
    HEADER(false),
    LABEL(false),
    /** Wrapped paragraph text on the Instructions sheet. */
    TEXT(false),
    /** Read-only text value (codes, names, metadata). */
    VALUE_TEXT(false),
    /** Read-only multiplier, up to 4 decimals. */
    VALUE_MULTIPLIER(false),
    /** Read-only dollars. */
    VALUE_MONEY(false),
    INPUT_TEXT(true),
    INPUT_WHOLE(true),
    /** Computed text (labels looked up, Check messages). */
    COMPUTED_TEXT(false),
    COMPUTED_MULTIPLIER(false),
    /** Computed whole users with thousands separators. */
    COMPUTED_USERS(false),
    COMPUTED_MONEY(false);

    private final boolean input;

    Style(boolean input) {
        this.input = input;
    }

    /** True for cells the filler types into: unlocked, with a validation. */
    public boolean isInput() {
        return input;
    }
}
