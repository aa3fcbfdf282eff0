package org.upm.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Copies checked JAXB objects into the immutable records the rest of the program uses. */
final class ModelMapper {
    private ModelMapper() {
    }

    static ProxyModel toModel(XmlBinding.XmlProxyModel xml, String fingerprint, String origin) {
        List<Application> applications = xml.applications.stream()
                .map(a -> new Application(a.code, a.name.strip())).toList();
        List<CareSetting> careSettings = xml.careSettings.stream()
                .map(c -> new CareSetting(c.code, c.name.strip(), c.baseMetric.strip(), multipliers(c, applications)))
                .toList();
        return new ProxyModel(xml.cptYear, LocalDate.parse(xml.effectiveDate), FigureStatus.fromXml(xml.status),
                xml.source == null ? "" : xml.source.strip(), royalty(xml.royalty), applications, careSettings,
                fingerprint, origin);
    }

    /** Multipliers in the order of the applications, whatever order the file lists them in. */
    private static List<Multiplier> multipliers(XmlBinding.XmlCareSetting c, List<Application> applications) {
        return applications.stream()
                .flatMap(a -> c.multipliers.stream().filter(m -> m.application.equals(a.code())).limit(1))
                .map(m -> new Multiplier(m.application, plain(m.value), FigureStatus.fromXml(m.status)))
                .toList();
    }

    /** 1.50 becomes 1.5 and 10 stays 10 (not 1E+1). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Royalty royalty(XmlBinding.XmlRoyalty r) {
        FigureStatus status = FigureStatus.fromXml(r.status);
        FigureStatus entityStatus = r.entityFeeStatus == null ? status : FigureStatus.fromXml(r.entityFeeStatus);
        BigDecimal entityFee = r.entityFee == null ? BigDecimal.ZERO : r.entityFee;
        return new Royalty(r.currency, entityFee.setScale(2), r.perUser.setScale(2), status, entityStatus);
    }
}
