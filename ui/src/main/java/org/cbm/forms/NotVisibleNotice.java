package org.cbm.forms;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Shown instead of an item that does not exist or that the user may not see (another State's draft, say): the
 * services answer both alike, so that nobody learns of another tenant's items by trying their addresses.
 */
public class NotVisibleNotice extends Div {

    public NotVisibleNotice(String id) {
        setId(id);
        add(new H2(getTranslation("form.notVisible.title")), new Paragraph(getTranslation("form.notVisible.text")));
    }
}
