package org.upm.validate;

import java.math.BigDecimal;
import org.upm.calc.Totals;
import org.upm.layout.CellSpec;
import org.upm.layout.Names;
import org.upm.layout.SummaryResults;

/**
 * The Summary sheet's inputs (who reports, contract, reporting year) and its cached totals against
 * the engine's.
 */
final class SummaryChecks {
    /** Half a cent: the workbook rounds the royalty to cents in binary floating point. */
    private static final BigDecimal CENT_TOLERANCE = new BigDecimal("0.005");

    private final Expected x;
    private final FixedSheetChecker summary;
    private final Findings findings;

    SummaryChecks(Expected x, FixedSheetChecker summary, Findings findings) {
        this.x = x;
        this.summary = summary;
        this.findings = findings;
    }

    void reportingInfo() {
        for (String name : new String[] {x.layout.kind().reporterDefinedName(), Names.CONTRACT_ID}) {
            x.layout.summary().named(name).ifPresent(spec -> {
                Captured value = summary.captured(spec);
                if (value.isBlank() || value.kind() == SheetCell.Kind.TEXT && value.text().isBlank()) {
                    findings.add(FindingCode.MISSING_REPORTING_INFO, Names.SUMMARY, spec.a1(), name + " is empty");
                }
            });
        }
        x.layout.summary().named(Names.REPORTING_YEAR).ifPresent(this::reportingYear);
    }

    private void reportingYear(CellSpec spec) {
        Captured value = summary.captured(spec);
        String year = Integer.toString(x.model.cptYear());
        if (value.isBlank()) {
            findings.add(FindingCode.MISSING_REPORTING_INFO, Names.SUMMARY, spec.a1(), "the reporting year is empty",
                    year, "(empty)");
            return;
        }
        BigDecimal number = value.number();
        if (number == null || !Numbers.sameCellValue(number, new BigDecimal(year))) {
            findings.add(FindingCode.REPORTING_YEAR_MISMATCH, Names.SUMMARY, spec.a1(), number == null
                    ? "the reporting year is not a number" : "the reporting year is not the toolkit's CPT year " + year,
                    year, value.describe());
        }
    }

    /** Every cached total on the Summary sheet against the engine's totals. */
    void totals(Totals totals) {
        for (SummaryResults.Result result : x.results) {
            BigDecimal expected = expected(result, totals);
            Captured cached = summary.captured(result.cell());
            BigDecimal actual = cached.number();
            boolean money = result.scope() == SummaryResults.Scope.ROYALTY;
            boolean same = actual != null && (money ? actual.subtract(expected).abs().compareTo(CENT_TOLERANCE) < 0
                    : Numbers.sameCellValue(actual, expected));
            if (!same) {
                findings.add(FindingCode.RESULT_MISMATCH, Names.SUMMARY, result.cell().a1(), "the cached "
                        + describe(result) + " differs from the recalculation",
                        expected.toPlainString(), cached.describe());
            }
        }
    }

    private static BigDecimal expected(SummaryResults.Result result, Totals totals) {
        return switch (result.scope()) {
            case APPLICATION -> BigDecimal.valueOf(totals.byApplication().getOrDefault(result.code(), 0L));
            case CARE_SETTING -> BigDecimal.valueOf(totals.byCareSetting().getOrDefault(result.code(), 0L));
            case TOTAL_USERS -> BigDecimal.valueOf(totals.totalUsers());
            case ROYALTY -> totals.royaltyEstimate();
        };
    }

    private static String describe(SummaryResults.Result result) {
        return switch (result.scope()) {
            case APPLICATION -> "proxy users of application " + result.code();
            case CARE_SETTING -> "proxy users of care setting " + result.code();
            case TOTAL_USERS -> "total proxy users";
            case ROYALTY -> "royalty estimate";
        };
    }
}
