package org.upm.layout;

import org.upm.model.ProxyModel;

/** The warning shown on every sheet while a year's figures are not all published. */
public final class Banner {
    private Banner() {
    }

    /** The banner text, or empty when every figure is published. */
    public static String text(ProxyModel model) {
        return model.allPublished() ? ""
                : "ILLUSTRATIVE DATA: some CPT " + model.cptYear() + " figures in this toolkit are stand-ins, not "
                        + "licensed figures (see the Multipliers sheet). Do not use it for royalty reporting.";
    }

    static CellSpec cell(ProxyModel model, int row, String whenPublished) {
        return model.allPublished() ? CellSpec.text(row, 0, Style.LABEL, whenPublished)
                : CellSpec.text(row, 0, Style.BANNER, text(model));
    }
}
