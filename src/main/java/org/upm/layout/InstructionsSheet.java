package org.upm.layout;

import java.util.ArrayList;
import java.util.List;
import org.upm.model.ProxyModel;

/** The Instructions sheet, written for the person who fills the toolkit in. */
final class InstructionsSheet {
    private InstructionsSheet() {
    }

    static FixedSheet build(ToolkitKind kind, ProxyModel model, Metadata meta) {
        List<CellSpec> cells = new ArrayList<>();
        int[] row = {0};
        add(cells, row, Style.TITLE, "CPT " + model.cptYear() + " User Proxy Model toolkit for "
                + (kind == ToolkitKind.VENDOR ? "health IT vendors" : "health care delivery organizations"));
        cells.add(Banner.cell(model, row[0]++, "Every figure in this toolkit comes from a public source (listed below)."));
        add(cells, row, Style.TEXT, "Template " + meta.templateId() + " · CPT year " + model.cptYear()
                + " · data effective " + model.effectiveDate() + " · data status: " + model.status().xmlName()
                + " · layout version " + meta.layoutVersion() + " · " + meta.rows() + " lines");
        row[0]++;
        for (String[] section : sections(kind, model, meta)) {
            add(cells, row, Style.HEADER, section[0]);
            for (int i = 1; i < section.length; i++) {
                add(cells, row, Style.TEXT, section[i]);
            }
            row[0]++;
        }
        return new FixedSheet(Names.INSTRUCTIONS, FixedSheet.Visibility.VISIBLE, cells, List.of(120), null);
    }

    private static void add(List<CellSpec> cells, int[] row, Style style, String text) {
        cells.add(CellSpec.text(row[0]++, 0, style, text));
    }

    private static List<String[]> sections(ToolkitKind kind, ProxyModel model, Metadata meta) {
        boolean vendor = kind == ToolkitKind.VENDOR;
        String sheet = kind.lineSheetName();
        List<String[]> s = new ArrayList<>();
        s.add(new String[] {"What this toolkit is for",
            "CPT codes are licensed per user. For EMR/EHR, patient billing and practice management systems the "
                + "licensor counts users with the User Proxy Model: for each site and each application, proxy users = "
                + "base metric (staffed beds, billing providers, ...) × a multiplier for the care setting and "
                + "application, rounded up to a whole user.",
            vendor ? "As a health IT vendor, list every customer site that uses your product, one line per site and "
                + "application. The toolkit counts the proxy users and totals them for your royalty report."
                : "As a health care delivery organization, list each of your facilities and answer Yes for each "
                + "application it uses. The toolkit counts your proxy users."});
        s.add(new String[] {"What to fill in",
            vendor ? "1. On the " + sheet + " sheet, one line per customer site and application: Customer name, "
                + "Customer ID (your account number), City, State (two-letter code), Care setting, Application and "
                + "Base metric value (a whole number). A site with two applications takes two lines."
                : "1. On the " + sheet + " sheet, one line per facility: Facility name, City, State (two-letter "
                + "code), Care setting, Base metric value (a whole number), then Yes or No under each application.",
            "2. Choose Care setting" + (vendor ? " and Application" : "") + " from the dropdown lists. The Base metric "
                + "column then tells you what to count (for example staffed beds or billing providers).",
            "3. Watch the Check column: it says OK, or in words what is wrong with the line. Fix every line that is "
                + "not OK; lines with problems are highlighted.",
            "4. On the Summary sheet, fill in " + kind.reporterLabel() + ", Contract ID and Reporting year ("
                + model.cptYear() + ").",
            "You can type only into the input cells; every other cell is calculated or fixed. You may filter the "
                + "lines with the header row's filter buttons (sorting is not available in the protected sheet). Paste "
                + "values only (Paste Special > Values) so the input checks stay in place."});
        s.add(new String[] {"What not to change",
            "Do not rename, add, remove or reorder sheets, columns or lines; do not unprotect sheets or edit formulas "
                + "or multipliers. Returned workbooks are checked by the licensor's validator, which recalculates every "
                + "line from the authoritative " + model.cptYear() + " data and reports any change."});
        s.add(new String[] {"How lines are counted",
            "Proxy users for a line = base metric value × the multiplier for its care setting and application, "
                + "rounded up to the next whole user (for example 10 × 0.75 = 7.5, counted as 8). Lines are rounded "
                + "separately, then added. An application with no multiplier for a care setting is not licensed by "
                + "proxy there; the Multipliers sheet shows \"" + MultipliersSheet.NOT_LICENSED + "\".",
            "Royalty estimate = entity fee " + model.royalty().entityFee().toPlainString() + " + "
                + model.royalty().perUser().toPlainString() + " " + model.royalty().currency()
                + " per proxy user. It is an estimate only; your license agreement governs what is due."});
        s.add(new String[] {"When you are done",
            "Save the workbook as .xlsx (not .xls or .xlsm) and send it to the CPT licensing contact named in your "
                + "license agreement, before the reporting deadline. Keep a copy. Quote template " + meta.templateId()
                + " in any question."});
        s.add(new String[] {"Where the figures come from", model.source().replaceAll("\\s+", " ")});
        return s;
    }
}
