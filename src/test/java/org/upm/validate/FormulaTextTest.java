package org.upm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Canonical formula text: what an honest round trip may change compares equal, what changes meaning does not. */
class FormulaTextTest {
    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '|', value = {
        "=SUM(A1,B2)|SUM(A1,B2)",
        "SUM( A1 , B2 )|SUM(A1,B2)",
        "sum(a1,b2)|SUM(A1,B2)",
        "_xlfn.IFERROR(A1,\"\")|IFERROR(A1,\"\")",
        "'Multipliers'!$A$6|Multipliers!$A$6",
        "'multipliers'!$a$6|Multipliers!$A$6",
        "IF(A2=\"Physician practice\",1,0)|IF(A2 = \"Physician practice\", 1, 0)",
        "'My Sheet'!A1|'MY SHEET'!A1",
    })
    void equivalent(String a, String b) {
        assertEquals(FormulaText.normalize(a), FormulaText.normalize(b));
    }

    @ParameterizedTest(name = "{0} ≢ {1}")
    @CsvSource(delimiter = '|', value = {
        "IF(A2=\"Yes\",1,0)|IF(A2=\"yes\",1,0)",
        "IF(A2=\"a b\",1,0)|IF(A2=\"ab\",1,0)",
        "SUM(A1,B2)|SUM(A1,B3)",
        "$A$1|A1",
        "'My Sheet'!A1|MySheet!A1",
    })
    void different(String a, String b) {
        assertNotEquals(FormulaText.normalize(a), FormulaText.normalize(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IF(G{r}>0,G{r}*2,\"\")|5|IF(G5>0,G5*2,\"\")|true",
        "IF(G{r}>0,G{r}*2,\"\")|5|if( g5 > 0, g5 * 2, \"\")|true",
        "IF(G{r}>0,G{r}*2,\"\")|5|IF(G6>0,G6*2,\"\")|false",
        "IF(G{r}>0,G{r}*2,\"\")|15|IF(G15>0,G15*2,\"\")|true",
        "IF(G{r}>0,G{r}*2,\"\")|1|IF(G1>0,G1*2,\"\")x|false",
    })
    void templatesMatchAtTheirRow(String template, int row, String actual, boolean matches) {
        assertEquals(matches, new FormulaTemplate(template).matches(actual, Integer.toString(row), new StringBuilder()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // master at zero-based row 1 (sheet row 2) and column 9 (J); target row and column zero-based
        "IF(G2>0,G2*$I$2,\"\")|1|9|5|9|IF(G6>0,G6*$I$2,\"\")",
        "SUM(A2:B2)+Sheet2!C2|1|9|3|9|SUM(A4:B4)+Sheet2!C4",
        "IF(A2=\"A2\",LOG10(A2),0)|1|9|2|9|IF(A3=\"A2\",LOG10(A3),0)",
        "A2+$A2+A$2+$A$2|1|1|2|3|C3+$A3+C$2+$A$2",
        "A1|1|0|0|0|#REF!",
        "MultiplierTable+G2|1|0|2|0|MultiplierTable+G3",
    })
    void sharedFormulasShiftRelativeReferences(String master, int row, int column, int targetRow, int targetColumn,
            String expanded) {
        StringBuilder out = new StringBuilder();
        new SharedFormula(row, column, master).expandTo(targetRow, targetColumn, out);
        assertEquals(expanded, out.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IF(G2>0,G2*$I$2,\"\")|IF(G{r}>0,G{r}*$I$2,\"\")|true",
        "IF(G2>0,G2*$I$3,\"\")|IF(G{r}>0,G{r}*$I$2,\"\")|false",
        "IF(G2>0,G3,\"\")|IF(G{r}>0,G{r},\"\")|false",
        "IF(G2>0,G2*$I$2,\"\")|IF(G{r}>0,G{r}*I2,\"\")|false",
    })
    void aSharedGroupIsCheckedOnceThroughItsMaster(String master, String template, boolean same) {
        SharedFormula shared = new SharedFormula(1, 9, master);
        FormulaTemplate t = new FormulaTemplate(template);
        assertEquals(same, shared.isTemplate(t, 9));
        assertFalse(shared.isTemplate(t, 8), "another column is expanded cell by cell");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12|12", "0.5|0.5", "1.50|1.5", "1E+3|1000", "1E+400|1E+400", "x|x"})
    void numbersShowPlainly(String digits, String shown) {
        assertEquals(shown, Numbers.plain(digits));
        assertTrue(Numbers.plain("1E+999999").length() < 20, "a hostile exponent is not spelled out");
    }
}
