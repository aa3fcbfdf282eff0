package org.upm.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * JAXB classes mirroring the XML exactly; {@link ModelLoader} turns them into records. Each element
 * remembers where it started so semantic errors can name the line and column.
 */
final class XmlBinding {
    static final String NAMESPACE = "urn:upm:proxy-model:1";

    private XmlBinding() {
    }

    /** Base of every bound element: its position in the file, filled in while unmarshalling. */
    abstract static class Located {
        @XmlTransient
        int line;
        @XmlTransient
        int column;
    }

    @XmlRootElement(name = "proxy-model")
    static final class XmlProxyModel extends Located {
        @XmlAttribute(name = "cpt-year")
        Integer cptYear;
        @XmlAttribute(name = "effective-date")
        String effectiveDate;
        @XmlAttribute(name = "status")
        String status;
        @XmlElement(name = "source")
        String source;
        @XmlElement(name = "royalty")
        XmlRoyalty royalty;
        @XmlElementWrapper(name = "applications")
        @XmlElement(name = "application")
        List<XmlApplication> applications = new ArrayList<>();
        @XmlElementWrapper(name = "care-settings")
        @XmlElement(name = "care-setting")
        List<XmlCareSetting> careSettings = new ArrayList<>();
    }

    static final class XmlRoyalty extends Located {
        @XmlAttribute(name = "currency")
        String currency;
        @XmlAttribute(name = "entity-fee")
        BigDecimal entityFee;
        @XmlAttribute(name = "per-user")
        BigDecimal perUser;
        @XmlAttribute(name = "status")
        String status;
        @XmlAttribute(name = "entity-fee-status")
        String entityFeeStatus;
    }

    static final class XmlApplication extends Located {
        @XmlAttribute(name = "code")
        String code;
        @XmlAttribute(name = "name")
        String name;
    }

    static final class XmlCareSetting extends Located {
        @XmlAttribute(name = "code")
        String code;
        @XmlAttribute(name = "name")
        String name;
        @XmlAttribute(name = "base-metric")
        String baseMetric;
        @XmlElement(name = "multiplier")
        List<XmlMultiplier> multipliers = new ArrayList<>();
    }

    static final class XmlMultiplier extends Located {
        @XmlAttribute(name = "application")
        String application;
        @XmlAttribute(name = "value")
        BigDecimal value;
        @XmlAttribute(name = "status")
        String status;
    }
}
