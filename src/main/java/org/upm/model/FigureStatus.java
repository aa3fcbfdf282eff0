package org.upm.model;

/** Whether a figure comes from a public source or is a stand-in until the licensed figure arrives. */
public enum FigureStatus {
    PUBLISHED("published"),
    ILLUSTRATIVE("illustrative");

    private final String xmlName;

    FigureStatus(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The spelling used in the data files and reports. */
    public String xmlName() {
        return xmlName;
    }

    static FigureStatus fromXml(String value) {
        return value == null || value.equals("illustrative") ? ILLUSTRATIVE : PUBLISHED;
    }
}
