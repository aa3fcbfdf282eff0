package org.upm.validate;

import java.util.Arrays;
import org.upm.layout.CellRef;
import org.upm.layout.Column;
import org.upm.layout.LineSheet;

/**
 * Checks the line sheet (Customers or Facilities) as it streams by: the header row, then on every
 * prepared line the formula of each computed cell, while the {@link LineJudge} judges the filled
 * lines. A changed header stops the line checks, since no column can then be trusted to mean what
 * the layout says. Also notes content outside the prepared lines and columns.
 */
final class LineSheetChecker implements SheetReader.Sink {
    private final Expected x;
    private final Findings findings;
    private final LineJudge judge;
    private final String sheet;
    private final int columns;
    private final int lastRow;
    private final RowValues values;
    private final String[] header;
    private final FormulaCheck[] checks;
    private final StringBuilder scratch = new StringBuilder();
    private final boolean[] extraColumnReported;

    private boolean headerDone;
    private boolean trusted = true;
    private int currentRow = -1;
    private String rowDigits = "";
    private int nextRow = LineSheet.FIRST_LINE_ROW;
    private int missingRunStart = -1;
    private int missingRunEnd = -1;
    private int extraRows;
    private int firstExtraRow = -1;

    LineSheetChecker(Expected x, Findings findings) {
        this.x = x;
        this.findings = findings;
        this.judge = new LineJudge(x, findings);
        this.sheet = x.lines.name();
        this.columns = x.lines.columns().size();
        this.lastRow = x.lines.lastLineRow();
        this.values = new RowValues(columns);
        this.header = new String[columns];
        this.checks = new FormulaCheck[columns];
        this.extraColumnReported = new boolean[16_384];
    }

    LineJudge judge() {
        return judge;
    }

    /** True when the header matched, so the lines were checked. */
    boolean trusted() {
        return trusted;
    }

    @Override
    public void cell(SheetCell cell) {
        if (cell.row == LineSheet.HEADER_ROW) {
            header(cell);
            return;
        }
        finishHeader();
        if (cell.row > lastRow) {
            if (!cell.isEmpty()) {
                extraRow(cell);
            }
            return;
        }
        if (cell.row != currentRow) {
            finishRow();
            beginRow(cell.row);
        }
        if (cell.column >= columns) {
            extraColumn(cell);
        } else if (trusted) {
            lineCell(cell);
        }
    }

    @Override
    public void rowEnd(int row) {
        if (row == LineSheet.HEADER_ROW) {
            finishHeader();
        } else if (row >= LineSheet.FIRST_LINE_ROW && row <= lastRow) {
            if (row != currentRow) {
                finishRow();
                beginRow(row);
            }
            finishRow();
        }
    }

    /** Completes the checks after the sheet was read. */
    void finish() {
        finishHeader();
        finishRow();
        if (trusted && nextRow <= lastRow) {
            missingRows(nextRow, lastRow);
        }
        closeMissingRun();
        if (extraRows > 0) {
            findings.add(FindingCode.LAYOUT_MISMATCH, sheet, CellRef.a1(firstExtraRow, 0), extraRows
                    + " cells below the last prepared line (row " + (lastRow + 1) + ") hold data: lines were added",
                    "lines 2 to " + (lastRow + 1) + " only", "data from row " + (firstExtraRow + 1));
        }
        if (trusted) {
            judge.results().finish();
        }
    }

    private void header(SheetCell cell) {
        if (cell.column < columns) {
            header[cell.column] = cell.hasFormula ? "=" + cell.formula() : cell.textString();
        } else if (cell.column == x.lines.bannerColumn() && !x.banner.isEmpty()) {
            header(cell.column, x.banner, cell.hasFormula ? "=" + cell.formula() : cell.textString());
        } else if (!cell.isEmpty()) {
            findings.add(FindingCode.LAYOUT_MISMATCH, sheet, cell.a1(), "the header row holds "
                    + cell.describeValue() + " right of the last column: a column was added", "(empty)",
                    cell.describeValue());
        }
    }

    private void header(int column, String expected, String actual) {
        if (!expected.equals(actual)) {
            findings.add(FindingCode.LAYOUT_MISMATCH, sheet, CellRef.a1(LineSheet.HEADER_ROW, column),
                    actual == null || actual.isEmpty() ? "the header '" + Numbers.clip(expected) + "' is missing"
                            : "the header was changed", expected, actual == null ? "(empty)" : actual);
            if (column < columns) {
                trusted = false;
            }
        }
    }

    private void finishHeader() {
        if (headerDone) {
            return;
        }
        headerDone = true;
        for (Column column : x.lines.columns()) {
            header(column.index(), column.header(), header[column.index()]);
        }
        if (!trusted) {
            findings.add(FindingCode.LAYOUT_MISMATCH, sheet, null, "the header row differs from the toolkit's, so "
                    + "columns may have been inserted, deleted or moved; the lines were not checked", null, null);
        }
    }

    private void beginRow(int row) {
        if (trusted && row > nextRow) {
            missingRows(nextRow, row - 1);
        }
        currentRow = row;
        nextRow = Math.max(nextRow, row + 1);
        rowDigits = Integer.toString(row + 1);
        values.clear();
        Arrays.fill(checks, FormulaCheck.MISSING);
    }

    private void lineCell(SheetCell cell) {
        int column = cell.column;
        FormulaTemplate formula = x.lineFormulas[column];
        if (formula == null) {
            values.put(cell);
            return;
        }
        FormulaCheck check = FormulaCheck.of(cell, formula, rowDigits, scratch);
        checks[column] = check;
        if (check != FormulaCheck.OK) {
            FormulaCheck.report(check, findings, sheet, cell, formula.at(cell.row + 1));
            checks[column] = FormulaCheck.ALTERED;
        }
        if (x.usersColumn[column]) {
            values.put(cell);
        }
    }

    /** Judges the current row: a row without any formula is a deleted or inserted line, not a filled one. */
    private void finishRow() {
        if (currentRow < LineSheet.FIRST_LINE_ROW || !trusted) {
            currentRow = -1;
            return;
        }
        boolean anyFormula = false;
        for (int column = 0; column < columns; column++) {
            anyFormula |= x.lineFormulas[column] != null && checks[column] != FormulaCheck.MISSING;
        }
        if (!anyFormula) {
            missingRows(currentRow, currentRow);
        } else {
            closeMissingRun();
            reportMissingFormulas();
            judge.judge(currentRow, values);
        }
        currentRow = -1;
    }

    private void reportMissingFormulas() {
        for (int column = 0; column < columns; column++) {
            if (x.lineFormulas[column] != null && checks[column] == FormulaCheck.MISSING) {
                findings.add(FindingCode.FORMULA_ALTERED, sheet, CellRef.a1(currentRow, column), "the formula was "
                        + "deleted", x.lineFormulas[column].at(currentRow + 1), "(empty)");
            }
        }
    }

    private void missingRows(int from, int to) {
        if (missingRunStart >= 0 && from == missingRunEnd + 1) {
            missingRunEnd = to;
            return;
        }
        closeMissingRun();
        missingRunStart = from;
        missingRunEnd = to;
    }

    private void closeMissingRun() {
        if (missingRunStart < 0) {
            return;
        }
        String range = CellRef.a1(missingRunStart, 0) + ":" + CellRef.a1(missingRunEnd, columns - 1);
        String lines = missingRunStart == missingRunEnd ? "line " + (missingRunStart + 1) + " lacks"
                : "lines " + (missingRunStart + 1) + " to " + (missingRunEnd + 1) + " lack";
        findings.add(FindingCode.LAYOUT_MISMATCH, sheet, range, lines + " every formula: prepared lines were "
                + "deleted or empty lines inserted", "the formulas of the prepared lines", "no formulas");
        missingRunStart = -1;
        missingRunEnd = -1;
    }

    private void extraRow(SheetCell cell) {
        if (extraRows++ == 0) {
            firstExtraRow = cell.row;
        }
    }

    private void extraColumn(SheetCell cell) {
        if (cell.isEmpty() || extraColumnReported[Math.min(cell.column, extraColumnReported.length - 1)]) {
            return;
        }
        extraColumnReported[Math.min(cell.column, extraColumnReported.length - 1)] = true;
        findings.add(FindingCode.LAYOUT_MISMATCH, sheet, cell.a1(), "column " + CellRef.columnLetters(cell.column)
                + " right of the toolkit's columns holds data: a column was added", "(empty)", cell.describeValue());
    }
}
