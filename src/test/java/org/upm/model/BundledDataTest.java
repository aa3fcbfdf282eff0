package org.upm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledDataTest {

    static IntStream years() {
        return IntStream.rangeClosed(2018, 2027);
    }

    @Test
    void bundledDataHasTheTenYears() throws DataException {
        assertEquals(years().boxed().toList(), DataSet.bundled().years());
    }

    @ParameterizedTest
    @MethodSource("years")
    void everyTemplateFileLoadsAndMatchesTheBundledCopy(int year) throws Exception {
        Path file = Path.of("templates", "cpt-" + year + ".xml");
        ProxyModel fromFile = ModelLoader.load(file);
        ProxyModel bundled = DataSet.bundled().year(year).orElseThrow();
        assertEquals(year, fromFile.cptYear());
        assertEquals(ModelLoader.sha256(Files.readAllBytes(file)), bundled.fingerprint());
        assertEquals(9, fromFile.careSettings().size());
        assertEquals(List.of("EMR", "BILLING", "PM"), fromFile.applications().stream().map(Application::code).toList());
    }

    @ParameterizedTest
    @MethodSource("years")
    void physicianPracticeEmrIsThePublishedFourUsersPerProvider(int year) throws DataException {
        Multiplier emr = DataSet.bundled().year(year).orElseThrow().careSetting("PRACTICE").orElseThrow()
                .multiplier("EMR").orElseThrow();
        assertEquals(new BigDecimal("4"), emr.value());
        assertEquals(FigureStatus.PUBLISHED, emr.status());
    }

    @Test
    void royaltiesArePublishedOnlyWhereAPublicSourceStatesThem() throws DataException {
        DataSet data = DataSet.bundled();
        assertRoyalty(data, 2021, "0.00", "17.00", FigureStatus.PUBLISHED);
        assertRoyalty(data, 2022, "0.00", "17.00", FigureStatus.PUBLISHED);
        assertRoyalty(data, 2023, "0.00", "17.50", FigureStatus.PUBLISHED);
        assertRoyalty(data, 2024, "82.50", "18.00", FigureStatus.PUBLISHED);
        assertRoyalty(data, 2025, "82.50", "18.50", FigureStatus.PUBLISHED);
        assertRoyalty(data, 2026, "82.50", "18.50", FigureStatus.PUBLISHED);
        assertEquals(FigureStatus.ILLUSTRATIVE, data.year(2018).orElseThrow().royalty().status());
        assertEquals(FigureStatus.ILLUSTRATIVE, data.year(2027).orElseThrow().royalty().status());
        assertEquals(FigureStatus.PUBLISHED, data.year(2024).orElseThrow().royalty().entityFeeStatus());
        assertEquals(FigureStatus.ILLUSTRATIVE, data.year(2026).orElseThrow().royalty().entityFeeStatus());
    }

    @Test
    void filesWithIllustrativeFiguresSaySo() throws DataException {
        for (ProxyModel m : DataSet.bundled().all()) {
            assertFalse(m.allPublished(), m.cptYear() + " holds illustrative multipliers");
            assertTrue(m.source().contains("illustrative"));
        }
    }

    @Test
    void lookupsTakeCodesOrNamesInAnyCase() throws DataException {
        ProxyModel m = DataSet.bundled().year(2026).orElseThrow();
        assertEquals("PRACTICE", m.careSetting("  physician PRACTICE ").orElseThrow().code());
        assertEquals("PRACTICE", m.careSetting("practice").orElseThrow().code());
        assertEquals("EMR", m.application("Electronic medical record (EMR/EHR)").orElseThrow().code());
        assertTrue(m.careSetting("hospital").isEmpty());
    }

    private static void assertRoyalty(DataSet data, int year, String entity, String perUser, FigureStatus status) {
        Royalty r = data.year(year).orElseThrow().royalty();
        assertEquals(new BigDecimal(entity), r.entityFee(), year + " entity fee");
        assertEquals(new BigDecimal(perUser), r.perUser(), year + " per-user fee");
        assertEquals(status, r.status(), year + " status");
    }
}
