package org.upm.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.upm.model.Application;
import org.upm.model.CareSetting;
import org.upm.model.DataException;
import org.upm.model.DataSet;
import org.upm.model.Multiplier;
import org.upm.model.ProxyModel;

class ProxyUserEngineTest {

    @ParameterizedTest(name = "{0} × {1} = {2} users")
    @CsvSource({
        "10, 0.7, 7",        // 7.000000000000001 in binary floating point
        "3, 1.1, 4",         // 3.3000000000000003
        "10, 1.1, 11",       // 11.000000000000002
        "100, 0.07, 7",      // 7.000000000000001
        "20, 0.35, 7",       // 6.999999999999999
        "3, 0.1, 1",         // 0.30000000000000004
        "1, 0.0001, 1",
        "0, 4, 0",
        "0, 0, 0",
        "7, 0, 0",
        "1, 4, 4",
        "9999999, 0.0001, 1000",
        "10000000, 9999.9999, 99999999000",
        "5, 1.25, 7",
        "4, 1.25, 5",
        "3, 2.6667, 9",
        "3, 0.3333, 1",
    })
    void roundsUpExactlyInDecimal(long metric, String multiplier, long expected) {
        assertEquals(expected, ProxyUserEngine.users(BigDecimal.valueOf(metric), new BigDecimal(multiplier)));
    }

    @Test
    void randomLinesAgreeWithAnIndependentIntegerComputation() throws DataException {
        Random random = new Random(20261204);
        for (ProxyModel model : DataSet.bundled().all()) {
            ProxyUserEngine engine = new ProxyUserEngine(model);
            List<Line> lines = randomLines(model, random, 500);
            Calculation calculation = engine.calculate(lines);
            Map<String, Long> byApplication = new HashMap<>();
            long total = 0;
            for (LineResult result : calculation.results()) {
                LineResult.Counted c = assertInstanceOf(LineResult.Counted.class, result);
                long expected = ceilProduct(c.line().baseMetric().longValueExact(), c.multiplier());
                assertEquals(expected, c.users(), c.toString());
                BigDecimal exact = c.line().baseMetric().multiply(c.multiplier());
                assertTrue(BigDecimal.valueOf(c.users()).compareTo(exact) >= 0);
                assertTrue(BigDecimal.valueOf(c.users()).compareTo(exact.add(BigDecimal.ONE)) < 0);
                byApplication.merge(c.application().code(), c.users(), Long::sum);
                total += c.users();
            }
            assertEquals(total, calculation.totals().totalUsers());
            byApplication.forEach((code, users) -> assertEquals(users, calculation.totals().byApplication().get(code)));
            assertEquals(total, calculation.totals().byCareSetting().values().stream().mapToLong(Long::longValue).sum());
            assertEquals(model.royalty().entityFee().add(model.royalty().perUser().multiply(BigDecimal.valueOf(total))),
                    calculation.totals().royaltyEstimate());
        }
    }

    /** ceil(metric × unscaled / 10^scale) in integers, no BigDecimal rounding involved. */
    private static long ceilProduct(long metric, BigDecimal multiplier) {
        BigInteger numerator = BigInteger.valueOf(metric).multiply(multiplier.unscaledValue());
        BigInteger denominator = BigInteger.TEN.pow(Math.max(0, multiplier.scale()));
        if (multiplier.scale() < 0) {
            numerator = numerator.multiply(BigInteger.TEN.pow(-multiplier.scale()));
        }
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[0].add(qr[1].signum() > 0 ? BigInteger.ONE : BigInteger.ZERO).longValueExact();
    }

    private static List<Line> randomLines(ProxyModel model, Random random, int count) {
        List<Line> lines = new ArrayList<>();
        while (lines.size() < count) {
            CareSetting setting = model.careSettings().get(random.nextInt(model.careSettings().size()));
            Multiplier m = setting.multipliers().get(random.nextInt(setting.multipliers().size()));
            Application app = model.application(m.application()).orElseThrow();
            long metric = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(10);
                case 1 -> random.nextInt(1000);
                case 2 -> random.nextInt(1_000_000);
                default -> ProxyUserEngine.MAX_BASE_METRIC - random.nextInt(3);
            };
            String careKey = random.nextBoolean() ? setting.code() : setting.name().toUpperCase();
            String appKey = random.nextBoolean() ? app.code().toLowerCase() : app.name();
            lines.add(new Line(careKey, appKey, BigDecimal.valueOf(metric)));
        }
        return lines;
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(new Line("", "EMR", BigDecimal.ONE), LineProblem.MISSING_CARE_SETTING),
                Arguments.of(new Line("PRACTICE", " ", BigDecimal.ONE), LineProblem.MISSING_APPLICATION),
                Arguments.of(new Line("PRACTICE", "EMR", null), LineProblem.MISSING_BASE_METRIC),
                Arguments.of(new Line("Hospital", "EMR", BigDecimal.ONE), LineProblem.UNKNOWN_CARE_SETTING),
                Arguments.of(new Line("PRACTICE", "ERP", BigDecimal.ONE), LineProblem.UNKNOWN_APPLICATION),
                Arguments.of(new Line("LAB", "EMR", BigDecimal.ONE), LineProblem.NOT_APPLICABLE),
                Arguments.of(new Line("PRACTICE", "EMR", new BigDecimal("-1")), LineProblem.NEGATIVE_BASE_METRIC),
                Arguments.of(new Line("PRACTICE", "EMR", new BigDecimal("2.5")), LineProblem.FRACTIONAL_BASE_METRIC),
                Arguments.of(new Line("PRACTICE", "EMR", new BigDecimal("10000001")), LineProblem.BASE_METRIC_TOO_LARGE));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusals")
    void refusesWithAReason(Line line, LineProblem problem) throws DataException {
        ProxyUserEngine engine = new ProxyUserEngine(DataSet.bundled().year(2026).orElseThrow());
        LineResult.Refused refused = assertInstanceOf(LineResult.Refused.class, engine.calculate(line));
        assertEquals(problem, refused.problem());
        assertTrue(refused.reason().contains(";"), "a reason says what to do: " + refused.reason());
    }

    @Test
    void wholeNumberWithTrailingZerosIsAccepted() throws DataException {
        ProxyUserEngine engine = new ProxyUserEngine(DataSet.bundled().year(2026).orElseThrow());
        LineResult.Counted c = assertInstanceOf(LineResult.Counted.class,
                engine.calculate(new Line("PRACTICE", "EMR", new BigDecimal("10.00"))));
        assertEquals(40, c.users());
    }

    @Test
    void refusedLinesAddNothingAndRoyaltyHasCents() throws DataException {
        ProxyUserEngine engine = new ProxyUserEngine(DataSet.bundled().year(2026).orElseThrow());
        Calculation c = engine.calculate(List.of(new Line("PRACTICE", "EMR", BigDecimal.valueOf(30)),
                new Line("LAB", "EMR", BigDecimal.TEN)));
        assertEquals(120, c.totals().totalUsers());
        assertEquals(1, c.refusedCount());
        assertEquals(new BigDecimal("2302.50"), c.totals().royaltyEstimate());
        assertEquals(List.of("EMR", "BILLING", "PM"), List.copyOf(c.totals().byApplication().keySet()));
    }
}
