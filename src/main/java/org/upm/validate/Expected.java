package org.upm.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upm.calc.ProxyUserEngine;
import org.upm.layout.Banner;
import org.upm.layout.CellSpec;
import org.upm.layout.Column;
import org.upm.layout.FixedSheet;
import org.upm.layout.LineColumns;
import org.upm.layout.LineSheet;
import org.upm.layout.SummaryResults;
import org.upm.layout.ToolkitLayout;
import org.upm.model.Application;
import org.upm.model.CareSetting;
import org.upm.model.ProxyModel;

/**
 * What a toolkit of one kind, CPT year and size must look like, built once from the authoritative
 * model and the layout and shared by every file of that template (immutable, thread-safe).
 */
final class Expected {
    final ToolkitLayout layout;
    final ProxyModel model;
    final ProxyUserEngine engine;
    final LineSheet lines;
    final LineColumns roles;
    /** By zero-based column: the compiled formula of a computed column, null for an input. */
    final FormulaTemplate[] lineFormulas;
    /** Zero-based columns of the inputs. */
    final int[] inputColumns;
    /** By zero-based column: true for a proxy-users column. */
    final boolean[] usersColumn;
    /** The header-row warning right of the columns, or "" when every figure is published. */
    final String banner;
    final List<SummaryResults.Result> results;
    private final Map<String, Fixed> fixed = new HashMap<>();
    private final Map<String, CareSetting> careSettingsByName = new HashMap<>();
    private final Map<String, Application> applicationsByName = new HashMap<>();

    /** A fixed sheet's cells by position key, with their compiled formulas. */
    record Fixed(FixedSheet sheet, Map<Long, CellSpec> cells, Map<Long, FormulaTemplate> formulas) {
    }

    Expected(ToolkitLayout layout) {
        this.layout = layout;
        this.model = layout.model();
        this.engine = new ProxyUserEngine(model);
        this.lines = layout.lines();
        this.roles = LineColumns.of(layout);
        List<Column> columns = lines.columns();
        this.lineFormulas = new FormulaTemplate[columns.size()];
        this.usersColumn = new boolean[columns.size()];
        this.inputColumns = lines.inputs().stream().mapToInt(Column::index).toArray();
        for (Column c : columns) {
            lineFormulas[c.index()] = c.isInput() ? null : new FormulaTemplate(c.formulaTemplate());
        }
        roles.users().forEach(c -> usersColumn[c.index()] = true);
        this.banner = Banner.text(model);
        this.results = SummaryResults.of(layout);
        layout.fixedSheets().forEach(s -> fixed.put(s.name(), compile(s)));
        model.careSettings().forEach(c -> careSettingsByName.put(key(c.name()), c));
        model.applications().forEach(a -> applicationsByName.put(key(a.name()), a));
    }

    private static Fixed compile(FixedSheet sheet) {
        Map<Long, CellSpec> cells = new HashMap<>();
        Map<Long, FormulaTemplate> formulas = new HashMap<>();
        for (CellSpec cell : sheet.cells()) {
            cells.put(key(cell.row(), cell.column()), cell);
            if (cell.isFormula()) {
                formulas.put(key(cell.row(), cell.column()), new FormulaTemplate(cell.formula()));
            }
        }
        return new Fixed(sheet, Map.copyOf(cells), Map.copyOf(formulas));
    }

    Fixed fixed(String sheetName) {
        return fixed.get(sheetName);
    }

    /** A cell position as one number; rows and columns zero-based. */
    static long key(int row, int column) {
        return ((long) row << 16) | column;
    }

    /**
     * The care setting with exactly this name, ignoring case as the workbook's MATCH does; codes and
     * names with stray spaces are not names, so they are not found.
     */
    CareSetting careSetting(String name) {
        return careSettingsByName.get(key(name));
    }

    /** The application with exactly this name, ignoring case; see {@link #careSetting}. */
    Application application(String name) {
        return applicationsByName.get(key(name));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
