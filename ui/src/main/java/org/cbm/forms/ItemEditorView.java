package org.cbm.forms;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cbm.problem.NotFoundException;
import org.cbm.shell.Feedback;
import org.springframework.security.access.AccessDeniedException;

/**
 * How an editor of one item (a request, an offer) behaves at {@code <items>/:id}: {@code <items>/new} starts a
 * new item, whose address becomes its own once first saved; every change names the version it was based on, and
 * when someone else changed the item meanwhile the user may reload it or keep their entries; an item the user may
 * not see shows as "not found or not visible", without any of its data. Subclasses provide the form and the
 * service calls.
 *
 * @param <T> the stored item
 * @param <I> what the user entered, as the service takes it
 */
public abstract class ItemEditorView<T, I> extends VerticalLayout implements BeforeEnterObserver {

    public static final String NEW = "new";
    public static final String ID = "id";

    /** Everything that shows the item; hidden when it is not visible to the user. */
    protected final VerticalLayout content = new VerticalLayout();
    private final NotVisibleNotice notVisible;

    /** The item as last read from the service; empty while a new one is not yet saved. */
    private T current;
    /** Whether the address still says {@code new}: the first save moves it to the item's own. */
    private boolean addressedAsNew;

    protected ItemEditorView(String notVisibleId) {
        notVisible = new NotVisibleNotice(notVisibleId);
        content.setPadding(false);
        setMaxWidth("75em");
        add(content, notVisible);
    }

    /** The stored item with this id, or {@link NotFoundException} / {@link AccessDeniedException}. */
    protected abstract T fetch(String id);

    protected abstract String idOf(T item);

    protected abstract Long versionOf(T item);

    protected abstract T create(I input);

    protected abstract T revise(String id, I input);

    /** Whether the signed-in user may start a new item here. */
    protected abstract boolean mayCreate();

    /** Shows the stored item in the form, or an empty form when it is {@code null}, dropping the entries. */
    protected abstract void showInForm(T item);

    /** Checks every entry, showing each message next to its field; what was entered when all are right. */
    protected abstract Optional<I> validEntries(Long version);

    protected abstract boolean entriesChanged();

    /** Sets the fields and the actions as the item's status and the user allow; {@code null} for a new item. */
    protected abstract void showStatus(T item);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse(NEW);
        current = null;
        addressedAsNew = NEW.equals(id);
        if (addressedAsNew && mayCreate()) {
            showInForm(null);
            showContent();
        } else if (addressedAsNew) {
            showNotVisible();
        } else {
            load(id);
        }
    }

    protected final Optional<T> current() {
        return Optional.ofNullable(current);
    }

    /** Saves the entries: creates the item or revises the version shown. */
    protected final void saveEntries(String successMessage) {
        validEntries(version()).flatMap(this::save).ifPresent(saved -> {
            Feedback.success(successMessage);
            show(saved);
        });
    }

    /** Changes the status of the item, saving the entries first if they changed, so that nothing typed is lost. */
    protected final void saveThen(UnaryOperator<T> statusChange, String successMessage) {
        validEntries(version()).ifPresent(entries -> {
            Optional<T> saved = current == null || entriesChanged()
                    ? save(entries).map(this::showAndReturn)
                    : Optional.of(current);
            saved.ifPresent(item -> changeStatus(item, statusChange, successMessage));
        });
    }

    /** Changes the status of the stored item (the entries are not saved), after the user confirms. */
    protected final void confirmThen(String dialogId, String title, String text, String confirmLabel,
            UnaryOperator<T> statusChange, String successMessage) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, confirmLabel,
                confirm -> current().ifPresent(item -> changeStatus(item, statusChange, successMessage)));
        dialog.setId(dialogId);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void changeStatus(T item, UnaryOperator<T> statusChange, String successMessage) {
        Feedback.attempt(() -> statusChange.apply(item), this::reload).ifPresent(changed -> {
            Feedback.success(successMessage);
            show(changed);
        });
    }

    private Optional<T> save(I entries) {
        return Feedback.attempt(() -> current == null ? create(entries) : revise(idOf(current), entries), this::reload);
    }

    private T showAndReturn(T stored) {
        show(stored);
        return stored;
    }

    /** Shows the stored item; after the first save of a new one, at its own address. */
    private void show(T stored) {
        current = stored;
        if (addressedAsNew) {
            addressedAsNew = false;
            // The same view instance stays in place and reads the item again at its address.
            UI.getCurrent().navigate(getClass(), new RouteParameters(ID, idOf(stored)));
        } else {
            showInForm(stored);
            showContent();
        }
    }

    /** After a conflict: the item as it is stored now, replacing the entries. */
    private void reload() {
        if (current != null) {
            load(idOf(current));
        }
    }

    private void load(String id) {
        try {
            show(fetch(id));
        } catch (NotFoundException | AccessDeniedException notVisibleToThisUser) {
            showNotVisible();
        }
    }

    private Long version() {
        return current == null ? null : versionOf(current);
    }

    private void showContent() {
        content.setVisible(true);
        notVisible.setVisible(false);
        showStatus(current);
    }

    private void showNotVisible() {
        current = null;
        content.setVisible(false);
        notVisible.setVisible(true);
    }
}
