package org.cbm.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Predicate;

/**
 * Asks why a proposal is declined: the reason is required, the other side and the coordinators read it, and the
 * pair is never proposed again. The dialog stays open, with the reason, until the decline is stored.
 */
class DeclineDialog extends Dialog {

    static final int REASON_MAX = 2000;

    /** @param decline stores the decline with the reason; true when it was stored */
    DeclineDialog(Predicate<String> decline) {
        setId("decline-dialog");
        setHeaderTitle(getTranslation("proposals.decline.title"));
        TextArea reason = new TextArea(getTranslation("proposals.decline.reason"));
        reason.setId("decline-reason");
        reason.setMaxLength(REASON_MAX);
        reason.setWidth("min(40em, 80vw)");
        reason.setMinHeight("8em");
        // Only checks the field: the reason goes to the service, there is no bean to write.
        Binder<Void> binder = new Binder<>();
        binder.forField(reason).asRequired(getTranslation("proposals.decline.reason.required"))
                .withValidator(text -> !text.isBlank(), getTranslation("proposals.decline.reason.required"))
                .bind(none -> "", (none, text) -> { });
        add(new Paragraph(getTranslation("proposals.decline.text")), reason);

        Button confirm = new Button(getTranslation("proposals.decline"), click -> {
            if (binder.validate().isOk() && decline.test(reason.getValue().strip())) {
                close();
            }
        });
        confirm.setId("confirm-decline");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }
}
