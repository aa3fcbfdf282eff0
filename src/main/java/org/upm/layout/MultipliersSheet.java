package org.upm.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.upm.model.Application;
import org.upm.model.CareSetting;
import org.upm.model.FigureStatus;
import org.upm.model.Multiplier;
import org.upm.model.ProxyModel;

/** The read-only Multipliers sheet: the year's table, which the line formulas look up by name. */
public final class MultipliersSheet {
    /** Zero-based row of the table's header (care setting, code, base metric, one column per application). */
    public static final int HEADER_ROW = 4;
    /** Zero-based row of the first care setting. */
    public static final int FIRST_ROW = 5;
    public static final int NAME_COLUMN = 0;
    public static final int CODE_COLUMN = 1;
    public static final int BASE_METRIC_COLUMN = 2;
    /** Zero-based column of the first application's multipliers. */
    public static final int FIRST_APPLICATION_COLUMN = 3;
    /** What a pair with no multiplier shows; text, so the lookups see "not a number". */
    public static final String NOT_LICENSED = "not licensed";

    private MultipliersSheet() {
    }

    static FixedSheet build(ProxyModel model, List<DefinedName> names) {
        List<CellSpec> cells = new ArrayList<>();
        cells.add(CellSpec.text(0, 0, Style.TITLE, "CPT " + model.cptYear() + " User Proxy Model multipliers"));
        cells.add(Banner.cell(model, 1, "Every figure on this sheet is published; the Instructions sheet names the sources."));
        cells.add(CellSpec.text(2, 0, Style.LABEL, "Effective date"));
        cells.add(CellSpec.text(2, 1, Style.VALUE_TEXT, model.effectiveDate().toString()));
        List<Application> apps = model.applications();
        int statusColumn = FIRST_APPLICATION_COLUMN + apps.size();
        header(cells, apps, statusColumn);
        int row = FIRST_ROW;
        for (CareSetting setting : model.careSettings()) {
            careSettingRow(cells, row++, setting, apps, statusColumn);
        }
        int lastRow = row - 1;
        int lastAppColumn = statusColumn - 1;
        names.add(new DefinedName(Names.CARE_SETTING_NAMES,
                CellRef.absoluteRange(Names.MULTIPLIERS, FIRST_ROW, NAME_COLUMN, lastRow, NAME_COLUMN)));
        names.add(new DefinedName(Names.CARE_SETTING_BASE_METRICS,
                CellRef.absoluteRange(Names.MULTIPLIERS, FIRST_ROW, BASE_METRIC_COLUMN, lastRow, BASE_METRIC_COLUMN)));
        names.add(new DefinedName(Names.APPLICATION_NAMES, CellRef.absoluteRange(Names.MULTIPLIERS, HEADER_ROW,
                FIRST_APPLICATION_COLUMN, HEADER_ROW, lastAppColumn)));
        names.add(new DefinedName(Names.MULTIPLIER_TABLE, CellRef.absoluteRange(Names.MULTIPLIERS, FIRST_ROW,
                FIRST_APPLICATION_COLUMN, lastRow, lastAppColumn)));
        royalty(cells, model, lastRow + 2);
        List<Integer> widths = new ArrayList<>(List.of(34, 18, 20));
        apps.forEach(a -> widths.add(Math.max(14, Math.min(a.name().length() + 2, 38))));
        widths.add(44);
        return new FixedSheet(Names.MULTIPLIERS, FixedSheet.Visibility.VISIBLE, cells, widths, null);
    }

    private static void header(List<CellSpec> cells, List<Application> apps, int statusColumn) {
        cells.add(CellSpec.text(HEADER_ROW, NAME_COLUMN, Style.HEADER, "Care setting"));
        cells.add(CellSpec.text(HEADER_ROW, CODE_COLUMN, Style.HEADER, "Code"));
        cells.add(CellSpec.text(HEADER_ROW, BASE_METRIC_COLUMN, Style.HEADER, "Base metric"));
        for (int k = 0; k < apps.size(); k++) {
            cells.add(CellSpec.text(HEADER_ROW, FIRST_APPLICATION_COLUMN + k, Style.HEADER, apps.get(k).name()));
        }
        cells.add(CellSpec.text(HEADER_ROW, statusColumn, Style.HEADER, "Status of the figures"));
    }

    private static void careSettingRow(List<CellSpec> cells, int row, CareSetting setting, List<Application> apps,
            int statusColumn) {
        cells.add(CellSpec.text(row, NAME_COLUMN, Style.VALUE_TEXT, setting.name()));
        cells.add(CellSpec.text(row, CODE_COLUMN, Style.VALUE_TEXT, setting.code()));
        cells.add(CellSpec.text(row, BASE_METRIC_COLUMN, Style.VALUE_TEXT, setting.baseMetric()));
        for (int k = 0; k < apps.size(); k++) {
            int column = FIRST_APPLICATION_COLUMN + k;
            cells.add(setting.multiplier(apps.get(k).code())
                    .map(m -> CellSpec.value(row, column, Style.VALUE_MULTIPLIER, m.value(), null))
                    .orElse(CellSpec.text(row, column, Style.VALUE_TEXT, NOT_LICENSED)));
        }
        cells.add(CellSpec.text(row, statusColumn, Style.VALUE_TEXT, statusText(setting)));
    }

    /** "published", "illustrative", or e.g. "published: EMR; illustrative: BILLING, PM". */
    static String statusText(CareSetting setting) {
        String published = codes(setting, FigureStatus.PUBLISHED);
        String illustrative = codes(setting, FigureStatus.ILLUSTRATIVE);
        if (illustrative.isEmpty()) {
            return "published";
        }
        return published.isEmpty() ? "illustrative" : "published: " + published + "; illustrative: " + illustrative;
    }

    private static String codes(CareSetting setting, FigureStatus status) {
        return setting.multipliers().stream().filter(m -> m.status() == status).map(Multiplier::application)
                .collect(Collectors.joining(", "));
    }

    private static void royalty(List<CellSpec> cells, ProxyModel model, int row) {
        cells.add(CellSpec.text(row, 0, Style.HEADER, "Royalty"));
        cells.add(CellSpec.text(row, 1, Style.HEADER, model.royalty().currency()));
        cells.add(CellSpec.text(row, 2, Style.HEADER, "Status"));
        cells.add(CellSpec.text(row + 1, 0, Style.LABEL, "Entity fee (once per licensee)"));
        cells.add(CellSpec.value(row + 1, 1, Style.VALUE_MONEY, model.royalty().entityFee(), Names.ENTITY_FEE));
        cells.add(CellSpec.text(row + 1, 2, Style.VALUE_TEXT, model.royalty().entityFeeStatus().xmlName()));
        cells.add(CellSpec.text(row + 2, 0, Style.LABEL, "Fee per proxy user"));
        cells.add(CellSpec.value(row + 2, 1, Style.VALUE_MONEY, model.royalty().perUser(), Names.PER_USER_FEE));
        cells.add(CellSpec.text(row + 2, 2, Style.VALUE_TEXT, model.royalty().status().xmlName()));
    }
}
