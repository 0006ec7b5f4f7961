package org.cbm.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

/**
 * The recipient State's report that assistance was delivered: a rating from 1 (poor) to 5 (excellent), required,
 * and a comment. The dialog stays open, with the entries, until the report is stored.
 */
class CompletionDialog extends Dialog {

    static final int COMMENT_MAX = 4000;

    /** Stores the report; true when it was stored. */
    interface Report {
        boolean complete(int rating, String comment);
    }

    CompletionDialog(Report report) {
        setId("complete-dialog");
        setHeaderTitle(getTranslation("followUp.complete.title"));
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation("followUp.complete.rating"));
        rating.setId("rating");
        rating.setItems(5, 4, 3, 2, 1);
        rating.setItemLabelGenerator(value -> getTranslation("rating." + value));
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        TextArea comment = new TextArea(getTranslation("followUp.complete.comment"));
        comment.setId("completion-comment");
        comment.setMaxLength(COMMENT_MAX);
        comment.setWidth("min(40em, 80vw)");
        comment.setMinHeight("6em");
        // Only checks the fields: the report goes to the service, there is no bean to write.
        Binder<Void> binder = new Binder<>();
        binder.forField(rating).asRequired(getTranslation("followUp.complete.rating.required"))
                .bind(none -> null, (none, value) -> { });
        binder.forField(comment).bind(none -> "", (none, value) -> { });
        add(new Paragraph(getTranslation("followUp.complete.text")), rating, comment);

        Button confirm = new Button(getTranslation("followUp.complete"), click -> {
            if (binder.validate().isOk() && report.complete(rating.getValue(), comment.getValue().strip())) {
                close();
            }
        });
        confirm.setId("confirm-complete");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }
}
