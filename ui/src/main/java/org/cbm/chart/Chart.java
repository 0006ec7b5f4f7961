package org.cbm.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A bar or line chart (Chart.js, drawn in the page's direction) with its text alternative: the canvas is an image
 * labelled with a one-sentence summary, and the same figures are in a table under it ("Show the figures").
 *
 * <pre>{@code
 * Chart chart = new Chart(Chart.Type.HORIZONTAL_BAR, "Coverage by region").withAxisTitles("Region", "Coverage (%)")
 *         .withMax(100);
 * chart.setData(List.of("Africa", "Asia"), List.of(new Chart.Series("Coverage", List.of(62.5, 40.0))));
 * chart.appendPoint("Europe", 12.0);
 * }</pre>
 */
public class Chart extends Composite<Div> implements HasSize {

    public enum Type {
        BAR,
        /** Bars along the vertical axis: for long category names such as themes. */
        HORIZONTAL_BAR,
        /** A line through the points, e.g. a score over time. */
        LINE
    }

    /** One row of values, one value per label. */
    public record Series(String name, List<Double> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    private record Spec(Type type, List<String> labels, List<Series> series, String categoryTitle, String valueTitle,
            Double max, String locale) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIN_HEIGHT_REM = 16;

    private final Type type;
    private final String caption;
    private final ChartCanvas canvas = new ChartCanvas();
    private final NativeTable table = new NativeTable();
    private final List<String> labels = new ArrayList<>();
    private final List<String> seriesNames = new ArrayList<>();
    private final List<List<Double>> values = new ArrayList<>();
    private String categoryTitle;
    private String valueTitle;
    private Double max;
    private NumberFormat format;

    /** @param caption what the chart shows, e.g. "Coverage by region": the table's caption and the summary's start */
    public Chart(Type type, String caption) {
        this.type = type;
        this.caption = caption;
        canvas.setWidthFull();
        table.getStyle().set("border-collapse", "collapse").set("margin-block", "var(--lumo-space-s)");
        Details figures = new Details(getTranslation("chart.showFigures"), table);
        figures.addClassName("cbm-chart-figures");
        H4 title = new H4(caption);
        title.getStyle().set("margin-block", "var(--lumo-space-m) var(--lumo-space-xs)");
        getContent().add(title, canvas, figures);
        getContent().addClassName("cbm-chart");
        redraw();
    }

    public Chart withAxisTitles(String categoryAxis, String valueAxis) {
        this.categoryTitle = categoryAxis;
        this.valueTitle = valueAxis;
        redraw();
        return this;
    }

    /** The top of the value axis, e.g. 100 for percentages. */
    public Chart withMax(double max) {
        this.max = max;
        redraw();
        return this;
    }

    /** How the table (and the summary) write the values; by default the user's locale's number format. */
    public Chart withValueFormat(NumberFormat format) {
        this.format = format;
        redraw();
        return this;
    }

    /** Replaces every figure. Each series has one value per label. */
    public void setData(List<String> newLabels, List<Series> series) {
        series.forEach(s -> {
            if (s.values().size() != newLabels.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size() + " values for "
                        + newLabels.size() + " labels");
            }
        });
        labels.clear();
        labels.addAll(newLabels);
        seriesNames.clear();
        values.clear();
        series.forEach(s -> {
            seriesNames.add(s.name());
            values.add(new ArrayList<>(s.values()));
        });
        redraw();
    }

    /** Adds one label at the end, with one value per series (in the order of the series), e.g. a live score. */
    public void appendPoint(String label, double... pointValues) {
        if (pointValues.length != values.size()) {
            throw new IllegalArgumentException(pointValues.length + " values for " + values.size() + " series");
        }
        labels.add(label);
        for (int i = 0; i < pointValues.length; i++) {
            values.get(i).add(pointValues[i]);
        }
        redraw();
    }

    public List<String> labels() {
        return List.copyOf(labels);
    }

    public List<Series> series() {
        return IntStream.range(0, seriesNames.size()).mapToObj(i -> new Series(seriesNames.get(i), values.get(i))).toList();
    }

    /** The table's rows as the user reads them: the label, then each series' value, formatted. */
    public List<List<String>> figureRows() {
        return IntStream.range(0, labels.size()).mapToObj(row -> {
            List<String> cells = new ArrayList<>();
            cells.add(labels.get(row));
            values.forEach(series -> cells.add(format(series.get(row))));
            return List.copyOf(cells);
        }).toList();
    }

    /** What the canvas says to assistive technology. */
    public String summary() {
        return canvas.summary();
    }

    private void redraw() {
        try {
            canvas.draw(JSON.writeValueAsString(new Spec(type, labels, series(), categoryTitle, valueTitle, max,
                    getLocale().toLanguageTag())), summaryText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the chart's figures", e);
        }
        if (type == Type.HORIZONTAL_BAR) {
            canvas.setHeight(Math.max(MIN_HEIGHT_REM, 4 + 2 * labels.size()) + "rem");
        } else {
            canvas.setHeight(MIN_HEIGHT_REM + "rem");
        }
        fillTable();
    }

    private String summaryText() {
        if (labels.isEmpty() || values.isEmpty()) {
            return getTranslation("chart.summary.empty", caption);
        }
        List<Double> first = values.get(0);
        if (type == Type.LINE) {
            return getTranslation("chart.summary.line", caption, labels.size(), format(first.get(0)),
                    format(first.get(first.size() - 1)));
        }
        Comparator<Integer> byValue = Comparator.comparing(first::get);
        int highest = IntStream.range(0, labels.size()).boxed().max(byValue).orElseThrow();
        int lowest = IntStream.range(0, labels.size()).boxed().min(byValue).orElseThrow();
        return getTranslation("chart.summary.bar", caption, labels.get(highest), format(first.get(highest)),
                labels.get(lowest), format(first.get(lowest)));
    }

    private void fillTable() {
        table.setCaptionText(caption);
        table.getCaption().getStyle().set("text-align", "start").set("font-weight", "600");
        NativeTableHeader head = table.getHead();
        NativeTableRow headings = new NativeTableRow();
        headings.add(header(categoryTitle == null ? getTranslation("chart.category") : categoryTitle));
        seriesNames.forEach(name -> headings.add(header(name)));
        head.removeAllRows();
        head.addRows(headings);
        NativeTableBody body = table.getBody();
        body.removeAllRows();
        for (List<String> row : figureRows()) {
            NativeTableRow tableRow = new NativeTableRow();
            NativeTableHeaderCell label = cell(new NativeTableHeaderCell(row.get(0)), "start");
            label.getElement().setAttribute("scope", "row");
            label.getStyle().set("font-weight", "normal");
            tableRow.add(label);
            row.subList(1, row.size()).forEach(value -> tableRow.add(cell(new NativeTableCell(value), "end")));
            body.addRows(tableRow);
        }
    }

    private static NativeTableHeaderCell header(String text) {
        NativeTableHeaderCell cell = cell(new NativeTableHeaderCell(text), "start");
        cell.getElement().setAttribute("scope", "col");
        cell.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-30pct)");
        return cell;
    }

    /** A cell with room around its text, aligned to the start or end of the line (mirrored in right-to-left). */
    private static <C extends HasStyle> C cell(C cell, String alignment) {
        cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-m)").set("text-align", alignment)
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return cell;
    }

    private String format(Double value) {
        if (value == null) {
            return "–";
        }
        return (format == null ? NumberFormat.getInstance(getLocale()) : format).format(value);
    }
}
