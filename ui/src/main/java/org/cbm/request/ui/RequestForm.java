package org.cbm.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestService;

/**
 * What a recipient State writes in a request: a title, a description and its work packages. It checks each
 * entry for a friendly message next to the field; the entries stay as typed whatever the service answers.
 */
class RequestForm extends VerticalLayout {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;

    /** The text fields' entries, for the binder (a request itself is changed only through the service). */
    static final class Texts {
        private String title;
        private String description;

        String getTitle() {
            return title;
        }

        void setTitle(String title) {
            this.title = title;
        }

        String getDescription() {
            return description;
        }

        void setDescription(String description) {
            this.description = description;
        }
    }

    private final Binder<Texts> binder = new Binder<>();
    private final Texts texts = new Texts();
    private final TextField title = new TextField(getTranslation("request.field.title"));
    private final TextArea description = new TextArea(getTranslation("request.field.description"));
    private final VerticalLayout packageList = new VerticalLayout();
    private final List<PackageEditor> packages = new ArrayList<>();
    private final Span packagesError = new Span(getTranslation("request.packages.none"));
    private final Button addPackageButton = new Button(getTranslation("packages.add"), VaadinIcon.PLUS.create());
    private boolean changed;

    RequestForm() {
        setPadding(false);
        title.setId("request-title");
        title.setMaxLength(TITLE_MAX);
        title.setWidthFull();
        description.setId("request-description");
        description.setMaxLength(DESCRIPTION_MAX);
        description.setWidthFull();
        description.setMinHeight("8em");
        binder.forField(title).asRequired(getTranslation("form.required"))
                .bind(Texts::getTitle, Texts::setTitle);
        binder.forField(description).bind(Texts::getDescription, Texts::setDescription);
        binder.addValueChangeListener(change -> changed = true);

        packageList.setPadding(false);
        packagesError.setId("packages-error");
        packagesError.getStyle().set("color", "var(--lumo-error-text-color)");
        packagesError.setVisible(false);
        addPackageButton.setId("add-package");
        addPackageButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addPackageButton.addClickListener(click -> appendPackage(new PackageForm()));

        add(title, description, new H2(getTranslation("request.packages.heading")), packageList, packagesError,
                addPackageButton);
    }

    /** Shows a stored request, dropping whatever was entered. */
    void show(AssistanceRequest request) {
        texts.setTitle(request.title());
        texts.setDescription(request.description());
        binder.readBean(texts);
        clearPackages();
        request.packages().forEach(workPackage -> appendPackage(PackageForm.of(workPackage)));
        changed = false;
    }

    /** An empty request with one empty package to start from. */
    void showNew() {
        binder.readBean(new Texts());
        clearPackages();
        appendPackage(new PackageForm());
        changed = false;
    }

    /** Whether anything was entered since the request was shown. */
    boolean hasChanges() {
        return changed;
    }

    /**
     * Checks every field (all messages at once) and that there is a package; the request as entered when all is
     * right, based on {@code version}.
     */
    Optional<RequestService.RequestInput> validInput(Long version) {
        boolean textsValid = binder.validate().isOk();
        List<RequestService.PackageInput> inputs = new ArrayList<>();
        boolean packagesValid = true;
        for (PackageEditor editor : packages) {
            Optional<RequestService.PackageInput> input = editor.validInput();
            packagesValid &= input.isPresent();
            input.ifPresent(inputs::add);
        }
        packagesError.setVisible(packages.isEmpty());
        if (!textsValid || !packagesValid || packages.isEmpty() || !binder.writeBeanIfValid(texts)) {
            return Optional.empty();
        }
        return Optional.of(new RequestService.RequestInput(version, texts.getTitle(), texts.getDescription(), inputs));
    }

    void setEditable(boolean editable) {
        title.setReadOnly(!editable);
        description.setReadOnly(!editable);
        packages.forEach(editor -> editor.setEditable(editable));
        addPackageButton.setVisible(editable);
    }

    private void appendPackage(PackageForm form) {
        PackageEditor editor = new PackageEditor(form, this::removePackage, () -> changed = true);
        packages.add(editor);
        packageList.add(editor);
        packagesError.setVisible(false);
        renumber();
        changed = true;
    }

    private void removePackage(PackageEditor editor) {
        packages.remove(editor);
        packageList.remove(editor);
        renumber();
        changed = true;
    }

    private void clearPackages() {
        packages.clear();
        packageList.removeAll();
    }

    private void renumber() {
        for (int index = 0; index < packages.size(); index++) {
            packages.get(index).setPosition(index);
        }
    }
}
