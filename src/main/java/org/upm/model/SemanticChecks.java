package org.upm.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The rules of contract 1 that the schema cannot express: uniqueness, references, years, status. */
final class SemanticChecks {
    private static final Pattern FILE_YEAR = Pattern.compile("cpt-(\\d{4})\\.xml");

    private final String display;
    private final String fileName;
    private final List<DataProblem> problems = new ArrayList<>();

    SemanticChecks(String display, String fileName) {
        this.display = display;
        this.fileName = fileName;
    }

    List<DataProblem> check(XmlBinding.XmlProxyModel model) {
        checkYear(model);
        checkDate(model);
        Set<String> applicationCodes = checkApplications(model.applications);
        checkCareSettings(model.careSettings, applicationCodes);
        checkStatus(model);
        return problems;
    }

    private void checkYear(XmlBinding.XmlProxyModel model) {
        if (fileName == null) {
            return;
        }
        Matcher m = FILE_YEAR.matcher(fileName);
        if (!m.matches()) {
            problem(model, "file name " + fileName + " does not say its year; name it cpt-" + model.cptYear + ".xml");
        } else if (Integer.parseInt(m.group(1)) != model.cptYear) {
            problem(model, "cpt-year " + model.cptYear + " disagrees with the file name " + fileName
                    + "; the year inside must match the name");
        }
    }

    private void checkDate(XmlBinding.XmlProxyModel model) {
        try {
            LocalDate date = LocalDate.parse(model.effectiveDate);
            if (date.getYear() > model.cptYear || date.getYear() < model.cptYear - 2) {
                problem(model, "effective-date " + date + " is far from CPT year " + model.cptYear
                        + "; use a date in " + (model.cptYear - 1) + " or " + model.cptYear);
            }
        } catch (DateTimeParseException e) {
            problem(model, "effective-date " + model.effectiveDate + " is not a date; use YYYY-MM-DD");
        }
    }

    private Set<String> checkApplications(List<XmlBinding.XmlApplication> applications) {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (XmlBinding.XmlApplication a : applications) {
            if (!codes.add(a.code)) {
                problem(a, "duplicate application code " + a.code + "; each application code appears once");
            }
            if (!names.add(key(a.name))) {
                problem(a, "duplicate application name '" + a.name + "'; each application name appears once");
            }
        }
        return codes;
    }

    private void checkCareSettings(List<XmlBinding.XmlCareSetting> settings, Set<String> applicationCodes) {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (XmlBinding.XmlCareSetting c : settings) {
            if (!codes.add(c.code)) {
                problem(c, "duplicate care-setting code " + c.code + "; each care-setting code appears once");
            }
            if (!names.add(key(c.name))) {
                problem(c, "duplicate care-setting name '" + c.name + "'; each care-setting name appears once");
            }
            if (c.multipliers.isEmpty()) {
                problem(c, "care setting " + c.code + " has no multiplier; give at least one <multiplier>");
            }
            checkMultipliers(c, applicationCodes);
        }
    }

    private void checkMultipliers(XmlBinding.XmlCareSetting setting, Set<String> applicationCodes) {
        Set<String> seen = new HashSet<>();
        for (XmlBinding.XmlMultiplier m : setting.multipliers) {
            if (!applicationCodes.contains(m.application)) {
                problem(m, "unknown application code " + m.application + " in care setting " + setting.code
                        + "; use one of " + String.join(", ", sorted(applicationCodes)));
            } else if (!seen.add(m.application)) {
                problem(m, "second multiplier for " + setting.code + "/" + m.application
                        + "; give each application at most one multiplier per care setting");
            }
        }
    }

    private void checkStatus(XmlBinding.XmlProxyModel model) {
        if (!"published".equals(model.status)) {
            return;
        }
        Map<String, XmlBinding.Located> illustrative = new HashMap<>();
        if (!"published".equals(model.royalty.status)) {
            illustrative.put("royalty per-user fee", model.royalty);
        }
        if ("illustrative".equals(model.royalty.entityFeeStatus)) {
            illustrative.put("royalty entity fee", model.royalty);
        }
        for (XmlBinding.XmlCareSetting c : model.careSettings) {
            c.multipliers.stream().filter(m -> !"published".equals(m.status))
                    .forEach(m -> illustrative.put("multiplier " + c.code + "/" + m.application, m));
        }
        illustrative.keySet().stream().sorted().findFirst().ifPresent(first -> problem(model,
                "status=\"published\" but " + first + (illustrative.size() > 1
                        ? " and " + (illustrative.size() - 1) + " more figures are" : " is")
                        + " illustrative; mark the file status=\"illustrative\" or publish every figure"));
    }

    private void problem(XmlBinding.Located where, String message) {
        problems.add(new DataProblem(display, where.line, where.column, message));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().collect(Collectors.toList());
    }
}
