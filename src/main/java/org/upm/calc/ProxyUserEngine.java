package org.upm.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.upm.model.Application;
import org.upm.model.CareSetting;
import org.upm.model.Multiplier;
import org.upm.model.ProxyModel;

/** The one place that computes proxy users and royalties, for one CPT year's data. Thread-safe. */
public final class ProxyUserEngine {
    /**
     * Largest base metric accepted. The biggest US hospital systems have well under a million staffed
     * beds; ten million leaves room for any real site while catching slips, and keeps every product
     * and total far inside a long.
     */
    public static final long MAX_BASE_METRIC = 10_000_000L;

    private final ProxyModel model;

    public ProxyUserEngine(ProxyModel model) {
        this.model = model;
    }

    public ProxyModel model() {
        return model;
    }

    /** Proxy users for one line: base metric × multiplier, rounded up to a whole user, in exact decimal. */
    public static long users(BigDecimal baseMetric, BigDecimal multiplier) {
        return baseMetric.multiply(multiplier).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** Counts one line, or says why it cannot be counted. */
    public LineResult calculate(Line line) {
        Optional<String> missing = missing(line);
        if (missing.isPresent()) {
            return refuse(line, missingProblem(line), missing.get());
        }
        Optional<CareSetting> setting = model.careSetting(line.careSetting());
        if (setting.isEmpty()) {
            return refuse(line, LineProblem.UNKNOWN_CARE_SETTING, "unknown care setting '" + line.careSetting()
                    + "'; use one of " + names(model.careSettings().stream().map(CareSetting::name).toList()));
        }
        Optional<Application> application = model.application(line.application());
        if (application.isEmpty()) {
            return refuse(line, LineProblem.UNKNOWN_APPLICATION, "unknown application '" + line.application()
                    + "'; use one of " + names(model.applications().stream().map(Application::name).toList()));
        }
        return count(line, setting.get(), application.get());
    }

    /** Counts every line and totals those counted; refused lines add nothing. */
    public Calculation calculate(List<Line> lines) {
        List<LineResult> results = new ArrayList<>(lines.size());
        for (Line line : lines) {
            results.add(calculate(line));
        }
        return new Calculation(results, totals(results));
    }

    /** Totals of the counted results among {@code results}. */
    public Totals totals(List<LineResult> results) {
        Map<String, Long> byApplication = zeros(model.applications().stream().map(Application::code).toList());
        Map<String, Long> byCareSetting = zeros(model.careSettings().stream().map(CareSetting::code).toList());
        long total = 0;
        for (LineResult result : results) {
            if (result instanceof LineResult.Counted c) {
                byApplication.merge(c.application().code(), c.users(), Math::addExact);
                byCareSetting.merge(c.careSetting().code(), c.users(), Math::addExact);
                total = Math.addExact(total, c.users());
            }
        }
        return new Totals(byApplication, byCareSetting, total, royalty(total));
    }

    /** Dollars to the cent: entity fee + per-user fee × users. */
    public BigDecimal royalty(long totalUsers) {
        return model.royalty().entityFee()
                .add(model.royalty().perUser().multiply(BigDecimal.valueOf(totalUsers)))
                .setScale(2, RoundingMode.UNNECESSARY);
    }

    private LineResult count(Line line, CareSetting setting, Application application) {
        Optional<Multiplier> multiplier = setting.multiplier(application.code());
        if (multiplier.isEmpty()) {
            return refuse(line, LineProblem.NOT_APPLICABLE, application.name() + " is not licensed by proxy for "
                    + setting.name() + "; report it under another care setting or count its users directly");
        }
        BigDecimal metric = line.baseMetric();
        if (metric.signum() < 0) {
            return refuse(line, LineProblem.NEGATIVE_BASE_METRIC, "base metric " + metric.toPlainString()
                    + " is negative; enter a whole number of 0 or more");
        }
        if (metric.stripTrailingZeros().scale() > 0) {
            return refuse(line, LineProblem.FRACTIONAL_BASE_METRIC, "base metric " + metric.toPlainString()
                    + " is not a whole number; enter a whole number of " + setting.baseMetric().toLowerCase()
                    + " (0 or more)");
        }
        if (metric.compareTo(BigDecimal.valueOf(MAX_BASE_METRIC)) > 0) {
            return refuse(line, LineProblem.BASE_METRIC_TOO_LARGE, "base metric " + metric.toPlainString()
                    + " is over " + MAX_BASE_METRIC + "; check the figure");
        }
        BigDecimal value = multiplier.get().value();
        return new LineResult.Counted(line, setting, application, value, users(metric, value));
    }

    private static Optional<String> missing(Line line) {
        if (blank(line.careSetting())) {
            return Optional.of("no care setting; choose one of the care settings listed on the Multipliers sheet");
        }
        if (blank(line.application())) {
            return Optional.of("no application; choose the application this line licenses");
        }
        if (line.baseMetric() == null) {
            return Optional.of("no base metric; enter a whole number of 0 or more");
        }
        return Optional.empty();
    }

    private static LineProblem missingProblem(Line line) {
        if (blank(line.careSetting())) {
            return LineProblem.MISSING_CARE_SETTING;
        }
        return blank(line.application()) ? LineProblem.MISSING_APPLICATION : LineProblem.MISSING_BASE_METRIC;
    }

    private static LineResult refuse(Line line, LineProblem problem, String reason) {
        return new LineResult.Refused(line, problem, reason);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String names(List<String> names) {
        return names.stream().collect(Collectors.joining(", "));
    }

    private static Map<String, Long> zeros(List<String> codes) {
        Map<String, Long> map = new LinkedHashMap<>();
        codes.forEach(code -> map.put(code, 0L));
        return map;
    }
}
