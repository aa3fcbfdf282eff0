package org.upm.generate;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.xmlbeans.XmlObject;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.upm.layout.ChartSpec;

/**
 * The bar chart of a {@link ChartSpec}: one series of values against a column of labels on the same
 * sheet, drawn as horizontal bars so long care-setting names stay readable. The chart's cached
 * points are the cells' cached values (zero in a new toolkit).
 */
final class SummaryChart {
    static final String LANGUAGE = "en-US";
    private SummaryChart() {
    }

    static void draw(XSSFSheet sheet, ChartSpec spec) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int[] a = spec.anchor();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, a[0], a[1], a[2], a[3]);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setTitle(spec.axisTitle());
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(spec.firstRow(), spec.lastRow(), spec.labelColumn(), spec.labelColumn()));
        XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(spec.firstRow(), spec.lastRow(), spec.valueColumn(), spec.valueColumn()));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(labels, numbers);
        series.setTitle(spec.axisTitle(), null);
        chart.plot(data);
        fixLanguage(chart);
    }

    /**
     * POI tags title text with the JVM's default locale (e.g. "de-US"), which would make the file
     * depend on the machine that wrote it; the toolkit's text is US English.
     */
    private static void fixLanguage(XSSFChart chart) {
        XmlObject[] runs = chart.getCTChartSpace().selectPath(
                "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' .//a:rPr");
        for (XmlObject run : runs) {
            ((CTTextCharacterProperties) run).setLang(LANGUAGE);
        }
    }
}
