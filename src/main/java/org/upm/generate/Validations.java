package org.upm.generate;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.upm.layout.InputRule;

/** Turns a layout {@link InputRule} into one data validation over a range of input cells. */
final class Validations {
    private Validations() {
    }

    /** Adds the rule's validation to the zero-based, inclusive cell range. */
    static void add(XSSFSheet sheet, InputRule rule, CellRangeAddress range) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidation validation = helper.createValidation(constraint(helper, rule),
                new CellRangeAddressList(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(),
                        range.getLastColumn()));
        validation.setEmptyCellAllowed(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(rule.promptTitle(), rule.error());
        validation.setShowPromptBox(true);
        validation.createPromptBox(rule.promptTitle(), rule.prompt());
        sheet.addValidationData(validation);
        showDropDownArrow(sheet);
    }

    /**
     * Leaves {@code showDropDown} unset, as Excel writes a list with an in-cell dropdown. Despite its
     * name, {@code showDropDown="1"} hides the arrow in Excel and LibreOffice, and POI 5.5.1 writes
     * it for a list whose arrow is not suppressed.
     */
    private static void showDropDownArrow(XSSFSheet sheet) {
        CTDataValidation[] all = sheet.getCTWorksheet().getDataValidations().getDataValidationArray();
        CTDataValidation added = all[all.length - 1];
        if (added.isSetShowDropDown()) {
            added.unsetShowDropDown();
        }
    }

    private static DataValidationConstraint constraint(XSSFDataValidationHelper helper, InputRule rule) {
        return switch (rule.type()) {
            case LIST -> helper.createFormulaListConstraint(rule.listSource());
            case LITERAL_LIST -> helper.createExplicitListConstraint(rule.listSource().split(","));
            case WHOLE -> helper.createIntegerConstraint(OperatorType.BETWEEN, Long.toString(rule.min()),
                    Long.toString(rule.max()));
            case TEXT -> helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, Long.toString(rule.max()),
                    null);
        };
    }
}
