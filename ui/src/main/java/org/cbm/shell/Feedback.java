package org.cbm.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cbm.problem.ConflictException;
import org.cbm.problem.InvalidFieldException;
import org.cbm.problem.NotFoundException;
import org.cbm.problem.StaleVersionException;
import org.cbm.problem.StatusNotAllowedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * How every view tells the user that an action worked or why it did not. The server enforces every rule; this
 * turns what it refused into a message the user can act on. When someone else changed the item meanwhile, the
 * user is offered to reload it.
 */
public final class Feedback {

    static final String CONFLICT_DIALOG_ID = "conflict-dialog";

    private Feedback() {
    }

    /**
     * Runs an action of a service and says what went wrong if it was refused.
     *
     * @param reload shows the item as it is now stored, when someone else changed it meanwhile
     * @return the action's result, or empty if it was refused (and the user told why)
     */
    public static <T> Optional<T> attempt(Supplier<T> action, Runnable reload) {
        try {
            return Optional.ofNullable(action.get());
        } catch (StaleVersionException | OptimisticLockingFailureException
                | StatusNotAllowedException changedMeanwhile) {
            // A view offers only what the item's status allows: a refusal by status means someone else moved it on.
            offerReload(reload);
        } catch (ConstraintViolationException invalid) {
            error(text("feedback.invalid", invalid.getConstraintViolations().stream()
                    .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                    .sorted().collect(Collectors.joining("; "))));
        } catch (InvalidFieldException invalid) {
            error(text("feedback.invalid", invalid.field() + ": " + invalid.getMessage()));
        } catch (NotFoundException gone) {
            error(text("feedback.notFound"));
        } catch (AccessDeniedException denied) {
            error(text("feedback.denied"));
        } catch (ConflictException | IllegalStateException | IllegalArgumentException refused) {
            error(text("feedback.refused", refused.getMessage()));
        }
        return Optional.empty();
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 10000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static void offerReload(Runnable reload) {
        ConfirmDialog dialog = new ConfirmDialog(text("feedback.conflict.title"), text("feedback.conflict.text"),
                text("feedback.conflict.reload"), confirm -> reload.run());
        dialog.setId(CONFLICT_DIALOG_ID);
        dialog.setCancelable(true);
        dialog.setCancelText(text("feedback.conflict.keep"));
        dialog.open();
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
