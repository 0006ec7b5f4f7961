package org.cbm.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * The drawing of a {@link Chart}: the {@code <cbm-chart>} element ({@code frontend/cbm-chart.js}), which draws the
 * JSON in its {@code spec} property with Chart.js and labels its canvas with {@code summary}.
 */
@Tag("cbm-chart")
@JsModule("./cbm-chart.js")
@NpmPackage(value = "chart.js", version = "4.4.9")
class ChartCanvas extends Component implements HasSize {

    void draw(String specJson, String summary) {
        getElement().setProperty("spec", specJson);
        getElement().setProperty("summary", summary);
    }

    String summary() {
        return getElement().getProperty("summary");
    }
}
