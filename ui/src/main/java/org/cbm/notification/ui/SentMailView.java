package org.cbm.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.cbm.notification.DeliveredMail;
import org.cbm.notification.MailMonitor;
import org.cbm.notification.OutboxEntry;
import org.cbm.notification.OutboxStatus;
import org.cbm.notification.SentMailbox;
import org.cbm.shell.Feedback;
import org.cbm.shell.Formats;
import org.cbm.shell.MainLayout;
import org.springframework.data.domain.PageRequest;

/**
 * The e-mail the application sent. With the embedded SMTP server (no real mail server configured) the messages it
 * received, each readable in full; with a real mail server, the outbox: what is queued, sent or failed.
 */
@Route(value = "mail", layout = MainLayout.class)
@Menu(title = "nav.mail", order = 65, icon = "ENVELOPE")
@RolesAllowed({"COORDINATOR", "ADMIN"})
class SentMailView extends VerticalLayout implements HasDynamicTitle {

    private final MailMonitor monitor;

    SentMailView(MailMonitor monitor) {
        this.monitor = monitor;
        add(new H2(getTranslation("mail.title")));
        Feedback.attempt(monitor::sent, () -> { }).ifPresent(this::show);
        setSizeFull();
    }

    private void show(SentMailbox mailbox) {
        if (mailbox.available()) {
            add(new Paragraph(getTranslation("mail.embedded")), sentGrid(mailbox));
        } else {
            add(new Paragraph(getTranslation("mail.external")), outbox());
        }
    }

    private Grid<DeliveredMail> sentGrid(SentMailbox mailbox) {
        Grid<DeliveredMail> grid = new Grid<>();
        grid.setId("sent-mail");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(mail -> format(mail.date())).setHeader(getTranslation("mail.column.time")).setAutoWidth(true);
        grid.addColumn(mail -> String.join(", ", mail.to())).setHeader(getTranslation("mail.column.to")).setAutoWidth(true);
        grid.addColumn(DeliveredMail::subject).setHeader(getTranslation("mail.column.subject")).setFlexGrow(3);
        grid.addComponentColumn(mail -> {
            Button read = new Button(getTranslation("mail.read"), click -> open(mail));
            read.getElement().setAttribute("aria-label", getTranslation("mail.read.aria", mail.subject()));
            return read;
        }).setKey("message").setHeader(getTranslation("mail.column.message")).setAutoWidth(true);
        grid.setItems(mailbox.messages());
        grid.setSizeFull();
        grid.setMinHeight("24rem");
        return grid;
    }

    private void open(DeliveredMail mail) {
        Dialog dialog = new Dialog();
        dialog.setId("mail-message");
        dialog.setHeaderTitle(mail.subject());
        Pre body = new Pre(mail.text() == null ? getTranslation("mail.noText") : mail.text());
        body.getStyle().set("white-space", "pre-wrap");
        dialog.add(new Paragraph(getTranslation("mail.header", String.join(", ", mail.to()), format(mail.date()))), body);
        Button close = new Button(getTranslation("common.close"), click -> dialog.close());
        dialog.getFooter().add(close);
        dialog.setWidth("48rem");
        dialog.open();
    }

    private VerticalLayout outbox() {
        Select<OutboxStatus> status = new Select<>();
        status.setId("outbox-status");
        status.setLabel(getTranslation("common.status"));
        status.setItems(OutboxStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("common.all")
                : getTranslation("mail.outboxStatus." + value.name()));

        Grid<OutboxEntry> grid = new Grid<>();
        grid.setId("outbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> format(entry.createdAt())).setHeader(getTranslation("mail.column.queued")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::to).setHeader(getTranslation("mail.column.to")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("mail.column.subject")).setFlexGrow(2);
        grid.addColumn(entry -> getTranslation("mail.outboxStatus." + entry.status().name()))
                .setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("mail.column.attempts"));
        grid.addColumn(entry -> entry.status() == OutboxStatus.SENT ? format(entry.sentAt()) : format(entry.nextAttemptAt()))
                .setHeader(getTranslation("mail.column.sentOrNext")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::lastError).setHeader(getTranslation("mail.column.error")).setFlexGrow(2);
        grid.setItems(query -> monitor.outbox(status.getValue(), PageRequest.of(query.getPage(), query.getPageSize()))
                .stream(), query -> (int) monitor.outbox(status.getValue(), PageRequest.of(0, 1)).getTotalElements());
        grid.setSizeFull();
        grid.setMinHeight("24rem");
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        VerticalLayout outbox = new VerticalLayout(new H3(getTranslation("mail.outbox")), status, grid);
        outbox.setPadding(false);
        outbox.setSizeFull();
        return outbox;
    }

    private String format(Instant at) {
        return Formats.time(at, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.title");
    }
}
