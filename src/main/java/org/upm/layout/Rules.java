package org.upm.layout;

import org.upm.calc.ProxyUserEngine;

/** The data validations of input cells, in the words a billing clerk reads. */
final class Rules {
    /** Long enough for any real customer or facility name; stops pasted paragraphs. */
    static final int MAX_NAME_LENGTH = 200;

    private Rules() {
    }

    static InputRule name(String title, String who) {
        return InputRule.text(MAX_NAME_LENGTH, title,
                "The " + who + "'s legal or trading name, as on your contract. Required on every line.",
                "Names are at most " + MAX_NAME_LENGTH + " characters.");
    }

    static InputRule id() {
        return InputRule.text(64, "Customer ID",
                "Your own account number for this customer, so the same site is recognised next year.",
                "Customer IDs are at most 64 characters.");
    }

    static InputRule city() {
        return InputRule.text(100, "City", "City of the site.", "Cities are at most 100 characters.");
    }

    static InputRule state() {
        return InputRule.list(Names.STATE_CODES, "State",
                "Two-letter USPS code of the site's state, e.g. IL. Choose from the list.",
                "Enter a two-letter USPS state code such as IL, NY or PR.");
    }

    static InputRule careSetting() {
        return InputRule.list(Names.CARE_SETTING_NAMES, "Care setting",
                "Choose the kind of site from the list. The Multipliers sheet shows each care setting's base metric.",
                "Choose a care setting from the list; see the Multipliers sheet.");
    }

    static InputRule application() {
        return InputRule.list(Names.APPLICATION_NAMES, "Application",
                "Choose the application this line licenses. A site with two applications takes two lines.",
                "Choose an application from the list.");
    }

    static InputRule baseMetric() {
        return InputRule.whole(0, ProxyUserEngine.MAX_BASE_METRIC, "Base metric value",
                "Whole number of the care setting's base metric (staffed beds, billing providers, ...); "
                        + "see the Base metric column.",
                "Enter a whole number of 0 or more (at most 10,000,000).");
    }

    static InputRule yesNo(String applicationName) {
        String title = applicationName.length() > 32 ? applicationName.substring(0, 32) : applicationName;
        return InputRule.literalList("Yes,No", title,
                "Yes if this facility uses " + applicationName + "; otherwise No or leave empty.",
                "Answer Yes or No.");
    }

    static InputRule reporter(String label) {
        return InputRule.text(MAX_NAME_LENGTH, label, "Required: who submits this report.",
                "At most " + MAX_NAME_LENGTH + " characters.");
    }

    static InputRule contractId() {
        return InputRule.text(64, "Contract ID", "Required: the license agreement number from your CPT license.",
                "At most 64 characters.");
    }

    static InputRule reportingYear(int cptYear) {
        return InputRule.whole(2018, 2100, "Reporting year",
                "Required: the CPT year reported, " + cptYear + " for this toolkit.",
                "Enter the four-digit CPT year, " + cptYear + " for this toolkit.");
    }
}
