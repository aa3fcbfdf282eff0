package org.upm.validate;

/**
 * Every finding the validator reports, with a stable lower-case identifier (public contract 3), its
 * severity and the README's words: what it means and what to do.
 */
public enum FindingCode {
    // Reading the file
    UNREADABLE_FILE("unreadable-file", Group.READING,
            "not a readable .xlsx workbook: empty, not a zip, truncated or damaged, or another format renamed .xlsx",
            "open it in Excel or LibreOffice, save it as Excel Workbook (.xlsx) and send it again"),
    ENCRYPTED_FILE("encrypted-file", Group.READING, "the workbook is encrypted with a password to open",
            "remove the password to open (sheet protection may stay) and send it again"),
    MACRO_ENABLED("macro-enabled", Group.READING, "the workbook is macro-enabled (.xlsm) or contains macros",
            "save it as Excel Workbook (.xlsx) without macros and send it again"),
    LEGACY_XLS("legacy-xls", Group.READING, "the file is an Excel 97-2003 workbook (.xls)",
            "fill the .xlsx toolkit, or save the file as Excel Workbook (.xlsx) and send it again"),
    TOO_LARGE("too-large", Group.READING,
            "the file exceeds a safety limit: file size, number of zip entries, expansion ratio, text size or time",
            "send the toolkit as generated with only its input cells filled; remove pictures and other additions"),
    EXTERNAL_LINK("external-link", Group.READING,
            "the workbook links to other files or data connections (upm never follows them)",
            "break the links (Data > Edit Links > Break Link), remove data connections and send it again"),
    // What the workbook is
    NOT_A_TOOLKIT("not-a-toolkit", Group.IDENTITY,
            "the workbook carries no toolkit metadata: it is not a User Proxy Model toolkit or its metadata was removed",
            "fill the toolkit generated for the CPT year and send that file"),
    UNKNOWN_CPT_YEAR("unknown-cpt-year", Group.IDENTITY, "there is no authoritative data for the toolkit's CPT year",
            "check the year, or validate with --data pointing at the data file of that year"),
    STALE_TEMPLATE("stale-template", Group.IDENTITY,
            "the toolkit was generated from other data than the authoritative data of its CPT year",
            "copy the input lines into a freshly generated toolkit of that year and send it again"),
    LAYOUT_MISMATCH("layout-mismatch", Group.IDENTITY,
            "the structure differs from the toolkit: a sheet missing, renamed, added, reordered or unhidden, "
                    + "a header or label changed, a column or line inserted or deleted",
            "copy the input values into a fresh toolkit without changing its sheets, columns or lines"),
    // Integrity of what the licensor fixed
    PROTECTION_REMOVED("protection-removed", Group.INTEGRITY,
            "the protection of a sheet or the lock of the workbook structure was removed",
            "fill a fresh, protected toolkit; the input cells are open without unprotecting anything"),
    FORMULA_ALTERED("formula-altered", Group.INTEGRITY,
            "the formula of a computed cell, or a defined name the formulas use, differs from the toolkit's",
            "use a fresh toolkit and paste values only (Paste Special > Values) into the input cells"),
    FORMULA_OVERWRITTEN("formula-overwritten", Group.INTEGRITY,
            "a computed cell holds a typed or pasted constant instead of its formula",
            "use a fresh toolkit and paste values only (Paste Special > Values) into the input cells"),
    MULTIPLIER_ALTERED("multiplier-altered", Group.INTEGRITY,
            "a value on the Multipliers sheet (multiplier, care setting, application or fee) differs from the "
                    + "authoritative data",
            "use a fresh toolkit; the multipliers are set by the licensor"),
    METADATA_ALTERED("metadata-altered", Group.INTEGRITY,
            "the toolkit metadata (hidden sheet or document properties) was changed or is inconsistent",
            "use a fresh toolkit generated for the CPT year"),
    // Inputs
    MISSING_VALUE("missing-value", Group.INPUTS,
            "a required input of a started line is empty (name, state, care setting, application, base metric, or "
                    + "no application answered Yes)",
            "fill the cell, or clear the whole line if it is not needed"),
    NOT_A_NUMBER("not-a-number", Group.INPUTS, "the base metric is not a number (text such as '12' counts as text)",
            "enter the base metric as a number"),
    NEGATIVE_VALUE("negative-value", Group.INPUTS, "the base metric is negative", "enter a whole number of 0 or more"),
    NOT_WHOLE_NUMBER("not-whole-number", Group.INPUTS, "the base metric has a fraction",
            "enter a whole number of the base metric (beds, providers, ...)"),
    VALUE_TOO_LARGE("value-too-large", Group.INPUTS, "the base metric is over 10,000,000, which no real site has",
            "check the figure"),
    UNKNOWN_CARE_SETTING("unknown-care-setting", Group.INPUTS,
            "the care setting is not one of the year's care setting names (codes, misspellings and stray spaces are "
                    + "not accepted)",
            "choose the care setting from the dropdown list"),
    UNKNOWN_APPLICATION("unknown-application", Group.INPUTS,
            "the application is not one of the year's application names (codes, misspellings and stray spaces are "
                    + "not accepted)",
            "choose the application from the dropdown list"),
    NOT_APPLICABLE("not-applicable", Group.INPUTS,
            "the application is not licensed by proxy for the line's care setting",
            "report the line under the right care setting, or count its users directly"),
    INVALID_ANSWER("invalid-answer", Group.INPUTS, "an application answer is neither Yes nor No",
            "answer Yes or No, or leave the cell empty"),
    INVALID_STATE("invalid-state", Group.INPUTS, "the state is not a two-letter USPS code",
            "enter the two-letter code, e.g. IL"),
    DUPLICATE_LINE("duplicate-line", Group.INPUTS,
            "two lines have the same customer ID, care setting and application (organization toolkit: the same "
                    + "facility name, city, state and care setting)",
            "keep one line per site and application; merge or delete the other"),
    MISSING_REPORTING_INFO("missing-reporting-info", Group.INPUTS,
            "the vendor or organization name, contract ID or reporting year is empty on the Summary sheet",
            "fill it in on the Summary sheet"),
    REPORTING_YEAR_MISMATCH("reporting-year-mismatch", Group.INPUTS,
            "the reporting year is not the toolkit's CPT year (or not a number)",
            "enter the toolkit's CPT year, or fill the toolkit of the year you report"),
    // Results
    NOT_RECALCULATED("not-recalculated", Group.RESULTS, Severity.WARNING,
            "the workbook holds no calculated results for its lines (filled by a tool that does not calculate); the "
                    + "report's figures are the recalculation's",
            "nothing, unless the sender should see the results: recalculate fully in Excel or LibreOffice and save"),
    RESULT_MISMATCH("result-mismatch", Group.RESULTS,
            "a result cached in the workbook (a line's proxy users, a total or the royalty) differs from the "
                    + "independent recalculation",
            "recalculate fully (Excel: Ctrl+Alt+F9; LibreOffice: Ctrl+Shift+F9), save and send it again; the report's "
                    + "totals are the recalculation's"),
    ILLUSTRATIVE_DATA("illustrative-data", Group.RESULTS, Severity.WARNING,
            "the CPT year's data has illustrative (stand-in) figures; the totals are not for royalty reporting",
            "nothing for the sender; the licensor replaces the figures"),
    INTERNAL_ERROR("internal-error", Group.READING,
            "upm failed unexpectedly while validating the file",
            "report it with the file to the upm maintainers; run with --debug for the details");

    /** Which step of validation raises a code; the README lists codes by group. */
    public enum Group { READING, IDENTITY, INTEGRITY, INPUTS, RESULTS }

    private final String id;
    private final Group group;
    private final Severity severity;
    private final String meaning;
    private final String remedy;

    FindingCode(String id, Group group, String meaning, String remedy) {
        this(id, group, Severity.ERROR, meaning, remedy);
    }

    FindingCode(String id, Group group, Severity severity, String meaning, String remedy) {
        this.id = id;
        this.group = group;
        this.severity = severity;
        this.meaning = meaning;
        this.remedy = remedy;
    }

    /** The stable identifier, e.g. {@code formula-altered}. */
    public String id() {
        return id;
    }

    public Group group() {
        return group;
    }

    public Severity severity() {
        return severity;
    }

    /** What the finding means, as a clause starting in lower case. */
    public String meaning() {
        return meaning;
    }

    /** What the sender should do, as a clause starting in lower case. */
    public String remedy() {
        return remedy;
    }
}
