package org.upm.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.upm.layout.DefinedName;
import org.upm.layout.FixedSheet;

/**
 * Checks the workbook part against the layout: sheet names, order and visibility, the lock of the
 * structure, and the defined names the formulas use.
 */
final class StructureChecker {
    private final Expected x;
    private final Findings findings;

    StructureChecker(Expected x, Findings findings) {
        this.x = x;
        this.findings = findings;
    }

    /**
     * The structure lock is not required of a workbook LibreOffice saved, since LibreOffice cannot save
     * it; the sheets themselves are still checked one by one, so nothing goes unnoticed.
     */
    void check(WorkbookInfo workbook) {
        sheets(workbook);
        visibility(workbook);
        if (!workbook.structureLocked() && !workbook.savedByLibreOffice()) {
            findings.add(FindingCode.PROTECTION_REMOVED, null, null, "the workbook structure is no longer locked, so "
                    + "sheets can be added, deleted, renamed or unhidden");
        }
        names(workbook);
    }

    private void sheets(WorkbookInfo workbook) {
        List<String> expected = x.layout.sheetNames();
        List<String> actual = workbook.sheets().stream().map(WorkbookInfo.Sheet::name).toList();
        if (expected.equals(actual)) {
            return;
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> added = new ArrayList<>(actual);
        added.removeAll(expected);
        missing.forEach(name -> findings.add(FindingCode.LAYOUT_MISMATCH, name, null, "the sheet " + name
                + " is missing (deleted or renamed)", name, "(missing)"));
        added.forEach(name -> findings.add(FindingCode.LAYOUT_MISMATCH, name, null, "the sheet " + name
                + " is not part of the toolkit (added or renamed)", "(none)", name));
        if (missing.isEmpty() && added.isEmpty()) {
            findings.add(FindingCode.LAYOUT_MISMATCH, null, null, "the sheets were reordered", String.join(", ", expected),
                    String.join(", ", actual));
        }
    }

    /** The metadata sheet stays hidden (LibreOffice saves "very hidden" as hidden); the others visible. */
    private void visibility(WorkbookInfo workbook) {
        for (FixedSheet fixed : x.layout.fixedSheets()) {
            workbook.sheet(fixed.name()).ifPresent(s -> {
                boolean hiddenWanted = fixed.visibility() == FixedSheet.Visibility.VERY_HIDDEN;
                boolean hidden = !"visible".equals(s.state());
                if (hidden != hiddenWanted) {
                    findings.add(FindingCode.LAYOUT_MISMATCH, s.name(), null, hiddenWanted ? "the hidden sheet "
                            + s.name() + " was made visible" : "the sheet " + s.name() + " was hidden",
                            hiddenWanted ? "veryHidden" : "visible", s.state());
                }
            });
        }
        workbook.sheet(x.lines.name()).filter(s -> !"visible".equals(s.state())).ifPresent(s -> findings.add(
                FindingCode.LAYOUT_MISMATCH, s.name(), null, "the sheet " + s.name() + " was hidden", "visible", s.state()));
    }

    /** Each name the formulas use must refer to its range; a sheet-level name of the same spelling would shadow it. */
    private void names(WorkbookInfo workbook) {
        for (DefinedName name : x.layout.definedNames()) {
            String key = name.name().toLowerCase(Locale.ROOT);
            List<WorkbookInfo.Name> same = workbook.names().stream()
                    .filter(n -> n.name().toLowerCase(Locale.ROOT).equals(key)).toList();
            WorkbookInfo.Name global = same.stream().filter(n -> n.localSheetId() == null).findFirst().orElse(null);
            if (global == null) {
                findings.add(FindingCode.FORMULA_ALTERED, null, name.name(), "the defined name " + name.name()
                        + " was deleted", name.refersTo(), "(missing)");
            } else if (!FormulaText.normalize(global.refersTo()).equals(FormulaText.normalize(name.refersTo()))) {
                findings.add(FindingCode.FORMULA_ALTERED, null, name.name(), "the defined name " + name.name()
                        + " refers elsewhere", name.refersTo(), Numbers.clip(global.refersTo()));
            }
            same.stream().filter(n -> n.localSheetId() != null).forEach(n -> findings.add(FindingCode.FORMULA_ALTERED,
                    null, n.name(), "a sheet-level name " + n.name() + " shadows the toolkit's name", "(none)",
                    Numbers.clip(n.refersTo())));
        }
    }
}
