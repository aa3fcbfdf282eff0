package org.upm.validate;

/**
 * One thing the validator found in one file.
 *
 * @param sheet the sheet concerned, or null for the whole file or workbook
 * @param cell A1 reference on {@code sheet} (or a defined name, or a package part), or null
 * @param detail what is wrong here, in words, without the remedy
 * @param expected what the toolkit or the recalculation expects, or null
 * @param actual what the file holds, or null
 * @param count how many findings this entry stands for: 1, or for the closing entry of a code whose
 *        findings were too many to list, how many were left out
 */
public record Finding(FindingCode code, String sheet, String cell, String detail, String expected, String actual,
        int count) {

    /** One finding. */
    public Finding(FindingCode code, String sheet, String cell, String detail, String expected, String actual) {
        this(code, sheet, cell, detail, expected, actual, 1);
    }

    public Severity severity() {
        return code.severity();
    }

    /** Where, e.g. {@code Customers!J12}, {@code Summary}, {@code workbook}, or {@code file} for reading problems. */
    public String location() {
        if (sheet == null) {
            return cell != null ? cell : code.group() == FindingCode.Group.READING ? "file" : "workbook";
        }
        return cell == null ? sheet : sheet + "!" + cell;
    }

    /** The one sentence for a person: where, what, and what to do. */
    public String message() {
        return location() + ": " + detail + "; " + code.remedy() + ".";
    }
}
