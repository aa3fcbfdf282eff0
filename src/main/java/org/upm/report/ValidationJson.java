package org.upm.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upm.calc.Totals;
import org.upm.validate.Finding;
import org.upm.validate.ToolkitInfo;
import org.upm.validate.ValidationResult;

/**
 * The validation report as JSON (public contract 3): {@code {"files": [...], "summary": {...}}}, one
 * object per file with file, sha256, valid, toolkit, totals (money as a string), findings and stats.
 */
public final class ValidationJson {
    private ValidationJson() {
    }

    public static String render(List<ValidationResult> results) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> files = new ArrayList<>();
        results.forEach(r -> files.add(file(r)));
        root.put("files", files);
        root.put("summary", summary(ValidationSummary.of(results)));
        return Json.write(root) + System.lineSeparator();
    }

    /** One file's object, as contract 3 lists its keys. */
    public static Map<String, Object> file(ValidationResult r) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("file", r.file());
        file.put("sha256", r.sha256());
        file.put("valid", r.valid());
        file.put("toolkit", toolkit(r.toolkit()));
        file.put("totals", totals(r.totals()));
        List<Object> findings = new ArrayList<>();
        r.findings().forEach(f -> findings.add(finding(f)));
        file.put("findings", findings);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("lines", r.lines());
        stats.put("errors", r.errors());
        stats.put("warnings", r.warnings());
        stats.put("seconds", BigDecimal.valueOf(r.elapsed().toNanos(), 9).setScale(3, RoundingMode.HALF_UP));
        file.put("stats", stats);
        return file;
    }

    private static Map<String, Object> toolkit(ToolkitInfo t) {
        if (t == null) {
            return null;
        }
        Map<String, Object> toolkit = new LinkedHashMap<>();
        toolkit.put("kind", t.kind().id());
        toolkit.put("cptYear", t.cptYear());
        toolkit.put("layoutVersion", t.layoutVersion());
        toolkit.put("dataFingerprint", t.dataFingerprint());
        return toolkit;
    }

    private static Map<String, Object> totals(Totals t) {
        if (t == null) {
            return null;
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("byApplication", new LinkedHashMap<>(t.byApplication()));
        totals.put("byCareSetting", new LinkedHashMap<>(t.byCareSetting()));
        totals.put("totalUsers", t.totalUsers());
        totals.put("royaltyEstimate", t.royaltyEstimate().toPlainString());
        return totals;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("code", f.code().id());
        finding.put("severity", f.severity().id());
        finding.put("sheet", f.sheet());
        finding.put("cell", f.cell());
        finding.put("message", f.message());
        finding.put("expected", f.expected());
        finding.put("actual", f.actual());
        return finding;
    }

    private static Map<String, Object> summary(ValidationSummary s) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", s.files());
        summary.put("valid", s.valid());
        summary.put("invalid", s.invalid());
        summary.put("errors", s.errors());
        summary.put("warnings", s.warnings());
        summary.put("totalUsers", s.totalUsers());
        summary.put("validUsers", s.validUsers());
        return summary;
    }
}
