package org.upm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upm.model.CareSetting;
import org.upm.model.DataSet;
import org.upm.model.Multiplier;
import org.upm.model.ProxyModel;
import org.upm.testing.CliRun;

class CalculateCommandTest {
    @TempDir
    Path dir;

    @Test
    void randomInputAgreesWithAnIndependentExactComputation() throws Exception {
        ProxyModel model = DataSet.bundled().year(2021).orElseThrow();
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("customer_name,customer_id,care_setting,application,base_metric\n");
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            CareSetting setting = model.careSettings().get(random.nextInt(model.careSettings().size()));
            Multiplier m = setting.multipliers().get(random.nextInt(setting.multipliers().size()));
            long metric = random.nextInt(3) == 0 ? 10L * random.nextInt(100) : random.nextInt(100_000);
            csv.append("\"Customer ").append(i).append(", Inc.\",C").append(i).append(',').append(setting.name())
                    .append(',').append(m.application()).append(',').append(metric).append('\n');
            expected.add(independentUsers(metric, m.value()));
        }
        Path input = Files.writeString(dir.resolve("lines.csv"), csv);
        CliRun run = CliRun.of("calculate", "--year", "2021", "--input", input.toString(), "--format", "csv");
        assertEquals(0, run.status(), run.err());
        List<String> rows = run.out().lines().toList();
        assertEquals(expected.size() + 2, rows.size());
        long total = 0;
        for (int i = 0; i < expected.size(); i++) {
            String[] fields = rows.get(i + 1).split(",", -1);
            assertEquals(expected.get(i), Long.parseLong(fields[fields.length - 2]), rows.get(i + 1));
            total += expected.get(i);
        }
        String[] totalRow = rows.get(rows.size() - 1).split(",", -1);
        assertEquals(total, Long.parseLong(totalRow[9]));
        assertEquals("royalty estimate " + new BigDecimal("17.00").multiply(BigDecimal.valueOf(total)).toPlainString(),
                totalRow[10]);
    }

    /** Users as integers: ceil(metric × unscaled / 10^scale); no floating point, no BigDecimal rounding. */
    private static long independentUsers(long metric, BigDecimal multiplier) {
        BigInteger scale = BigInteger.TEN.pow(multiplier.scale());
        BigInteger product = BigInteger.valueOf(metric).multiply(multiplier.unscaledValue());
        return new BigDecimal(product).divide(new BigDecimal(scale), 0, RoundingMode.CEILING).longValueExact();
    }

    @Test
    void jsonHasLinesAndTotals() throws IOException {
        Path input = Files.writeString(dir.resolve("a.csv"), "care_setting,application,base_metric\n"
                + "Physician practice,EMR,30\n");
        CliRun run = CliRun.of("calculate", "--year", "2026", "--input", input.toString(), "--format", "json");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\"users\": 120"), run.out());
        assertTrue(run.out().contains("\"totalUsers\": 120"));
        assertTrue(run.out().contains("\"royaltyEstimate\": \"2302.50\""));
        assertTrue(run.out().contains("\"byApplication\": {\n      \"EMR\": 120,"), run.out());
    }

    @Test
    void badLinesAreReportedWithLineAndColumnAndTheRestComputed() throws IOException {
        Path input = Files.writeString(dir.resolve("b.csv"), "care_setting,application,base_metric\n"
                + "PRACTICE,EMR,10\n"
                + "SNF,PM,5\n"
                + "PRACTICE,EMR,ten\n"
                + "PRACTICE,EMR,2.5\n"
                + "Hospital,EMR,3\n"
                + "PRACTICE,EMR,-1\n"
                + "critical access hospital,billing,10\n");
        CliRun run = CliRun.of("calculate", "--year", "2021", "--input", input.toString());
        assertEquals(1, run.status());
        List<String> errors = run.err().lines().filter(l -> l.startsWith(input.toString())).toList();
        assertEquals(List.of(
                input + ": line 3, column application: Practice management system is not licensed by proxy for "
                        + "Skilled nursing facility; report it under another care setting or count its users directly",
                input + ": line 4, column base_metric: 'ten' is not a number; enter a whole number of 0 or more",
                input + ": line 5, column base_metric: base metric 2.5 is not a whole number; enter a whole number of "
                        + "billing providers (0 or more)",
                input + ": line 6, column care_setting: unknown care setting 'Hospital'; use one of Acute care "
                        + "hospital, Critical access hospital, Physician practice, Federally qualified health center, "
                        + "Ambulatory surgery center, Skilled nursing facility, Home health agency, Independent "
                        + "laboratory, Billing service",
                input + ": line 7, column base_metric: base metric -1 is negative; enter a whole number of 0 or more"),
                errors);
        assertTrue(run.out().contains("Total proxy users: 47"), run.out());
    }

    @Test
    void headerWithoutRequiredColumnsIsAUsageError() throws IOException {
        Path input = Files.writeString(dir.resolve("c.csv"), "setting,app,metric\nPRACTICE,EMR,1\n");
        CliRun run = CliRun.of("calculate", "--year", "2026", "--input", input.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("line 1: the header lacks care_setting, application, base_metric"), run.err());
    }

    @Test
    void missingInputFileIsAUsageError() {
        CliRun run = CliRun.of("calculate", "--year", "2026", "--input", dir.resolve("none.csv").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("no such file"));
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        CliRun run = CliRun.of("calculate", "--year", "2026");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("upm calculate: Missing required option: input"), run.err());
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        Path input = Files.writeString(dir.resolve("q.csv"), "\uFEFFcustomer_name,care_setting,application,base_metric\r\n"
                + "\"Smith, \"\"Jones\"\"\nand Partners\",PRACTICE,EMR,2\r\n"
                + "Next,PRACTICE,BILLING,x\r\n");
        CliRun run = CliRun.of("calculate", "--year", "2026", "--input", input.toString(), "--format", "json");
        assertEquals(1, run.status());
        assertTrue(run.out().contains("\"customerName\": \"Smith, \\\"Jones\\\"\\nand Partners\""), run.out());
        assertTrue(run.err().contains("line 4, column base_metric: 'x' is not a number"), run.err());
    }
}
