package org.cbm.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.time.Duration;
import java.time.Instant;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.notification.DeliveredMail;
import org.cbm.notification.MailMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The e-mail the embedded SMTP server received, listed for coordinators, each readable in full. */
@SpringBootTest
class SentMailViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MailMonitor monitor;

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void listsTheDeliveredMessagesAndOpensOne() throws InterruptedException {
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        awaitSomeMail();
        int before = monitor.sent().messages().size();
        UI.getCurrent().navigate(SentMailView.class);
        int after = monitor.sent().messages().size();

        @SuppressWarnings("unchecked")
        Grid<DeliveredMail> grid = _get(Grid.class, spec -> spec.withId("sent-mail"));
        assertThat(GridKt._size(grid)).isBetween(before, after);
        DeliveredMail newest = GridKt._get(grid, 0);
        Button read = (Button) GridKt._getCellComponent(grid, 0, "message");
        _click(read);

        Dialog message = _get(Dialog.class, spec -> spec.withId("mail-message"));
        assertThat(message.getHeaderTitle()).isEqualTo(newest.subject());
        assertThat(_get(message, Pre.class, spec -> { }).getText()).isEqualTo(newest.text());
    }

    @Test
    void administratorsReadTheMailToo() {
        SignedInUi.as(context, SignedInUi.ADMIN);
        UI.getCurrent().navigate(SentMailView.class);

        assertThat(_find(Grid.class)).hasSize(1);
    }

    @Test
    void isRefusedToRecipientsAndProviders() {
        RoleAccess.assertRefused(context, SentMailView.class, "mail", SignedInUi.RECIPIENT, SignedInUi.PROVIDER);
    }

    /** The outbox is sent every few seconds in the background; the demo data queues messages at start. */
    private void awaitSomeMail() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (monitor.sent().messages().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(monitor.sent().messages()).as("e-mail delivered to the embedded SMTP server").isNotEmpty();
    }
}
