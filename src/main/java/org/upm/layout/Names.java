package org.upm.layout;

/** Sheet names and defined names of the toolkit workbook (public contract 2). */
public final class Names {
    public static final String INSTRUCTIONS = "Instructions";
    public static final String SUMMARY = "Summary";
    public static final String MULTIPLIERS = "Multipliers";
    /** Very hidden sheet holding the template metadata and the list of state codes. */
    public static final String META = "upm_meta";

    public static final String CARE_SETTING_NAMES = "CareSettingNames";
    public static final String CARE_SETTING_BASE_METRICS = "CareSettingBaseMetrics";
    public static final String APPLICATION_NAMES = "ApplicationNames";
    public static final String MULTIPLIER_TABLE = "MultiplierTable";
    public static final String STATE_CODES = "StateCodes";
    public static final String ENTITY_FEE = "EntityFee";
    public static final String PER_USER_FEE = "PerUserFee";
    public static final String CONTRACT_ID = "ContractId";
    public static final String REPORTING_YEAR = "ReportingYear";
    public static final String TOTAL_PROXY_USERS = "TotalProxyUsers";
    public static final String ROYALTY_ESTIMATE = "RoyaltyEstimate";

    /** The Check column's word for a line with nothing wrong. */
    public static final String CHECK_OK = "OK";

    private Names() {
    }
}
