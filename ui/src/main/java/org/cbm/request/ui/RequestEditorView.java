package org.cbm.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.cbm.account.Actor;
import org.cbm.account.CurrentActor;
import org.cbm.account.Role;
import org.cbm.forms.ItemEditorView;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestService;
import org.cbm.request.RequestStatus;
import org.cbm.shell.MainLayout;

/**
 * One request: a recipient State writes it as a draft, publishes it or withdraws it; anyone who may see it reads
 * it. Only a draft can be changed here; a request in any other status is shown as it stands.
 */
@Route(value = "requests/:id", layout = MainLayout.class)
@RolesAllowed({"RECIPIENT", "PROVIDER", "COORDINATOR"})
class RequestEditorView extends ItemEditorView<AssistanceRequest, RequestService.RequestInput> implements HasDynamicTitle {

    private final RequestService requests;
    private final Actor actor;
    private final H1 heading = new H1();
    private final Span status = new Span();
    private final Paragraph readOnlyHint = new Paragraph();
    private final RequestForm form = new RequestForm();
    private final Button saveDraft = new Button(getTranslation("request.saveDraft"), VaadinIcon.DISC.create());
    private final Button publish = new Button(getTranslation("request.publish"), VaadinIcon.PAPERPLANE.create());
    private final Button withdraw = new Button(getTranslation("request.withdraw"), VaadinIcon.BAN.create());

    RequestEditorView(RequestService requests, CurrentActor currentActor) {
        super("request-not-found");
        this.requests = requests;
        this.actor = currentActor.require();
        status.setId("request-status");
        saveDraft.setId("save-draft");
        saveDraft.addClickListener(click -> saveEntries(getTranslation("request.saved")));
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> saveThen(draft -> requests.publish(draft.id(), draft.version()),
                getTranslation("request.published")));
        withdraw.setId("withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(click -> confirmThen("withdraw-dialog", getTranslation("request.withdraw.title"),
                getTranslation("request.withdraw.text"), getTranslation("request.withdraw"),
                request -> requests.withdraw(request.id(), request.version()), getTranslation("request.withdrawn")));
        if (actor.hasRole(Role.RECIPIENT)) {
            addComponentAsFirst(new RouterLink(getTranslation("request.back"), MyRequestsView.class));
        }
        content.add(heading, status, readOnlyHint, form, new HorizontalLayout(saveDraft, publish, withdraw));
    }

    @Override
    public String getPageTitle() {
        return current().map(request -> getTranslation("request.pageTitle", request.title()))
                .orElseGet(() -> getTranslation("request.new"));
    }

    @Override
    protected AssistanceRequest fetch(String id) {
        return requests.get(id);
    }

    @Override
    protected String idOf(AssistanceRequest request) {
        return request.id();
    }

    @Override
    protected Long versionOf(AssistanceRequest request) {
        return request.version();
    }

    @Override
    protected AssistanceRequest create(RequestService.RequestInput input) {
        return requests.create(input);
    }

    @Override
    protected AssistanceRequest revise(String id, RequestService.RequestInput input) {
        return requests.revise(id, input);
    }

    @Override
    protected boolean mayCreate() {
        return actor.hasRole(Role.RECIPIENT);
    }

    @Override
    protected void showInForm(AssistanceRequest request) {
        if (request == null) {
            form.showNew();
        } else {
            form.show(request);
        }
    }

    @Override
    protected Optional<RequestService.RequestInput> validEntries(Long version) {
        return form.validInput(version);
    }

    @Override
    protected boolean entriesChanged() {
        return form.hasChanges();
    }

    @Override
    protected void showStatus(AssistanceRequest request) {
        boolean ownState = actor.hasRole(Role.RECIPIENT) && (request == null || actor.belongsTo(request.recipientId()));
        RequestStatus state = request == null ? RequestStatus.DRAFT : request.status();
        boolean editable = ownState && state == RequestStatus.DRAFT;
        heading.setText(request == null ? getTranslation("request.new") : request.title());
        status.setText(getTranslation("request.status", getTranslation("status.request." + state.name())));
        readOnlyHint.setText(getTranslation("request.readOnly"));
        readOnlyHint.setVisible(!editable);
        form.setEditable(editable);
        saveDraft.setVisible(editable);
        publish.setVisible(editable);
        withdraw.setVisible(ownState && request != null && request.isWithdrawable());
    }
}
