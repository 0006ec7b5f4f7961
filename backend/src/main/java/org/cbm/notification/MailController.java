package org.cbm.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/mail")
@Tag(name = "Mail", description = "E-mail notifications: the outbox and, with the embedded SMTP server, what it received (coordinators)")
class MailController {

    private final MailMonitor monitor;

    MailController(MailMonitor monitor) {
        this.monitor = monitor;
    }

    @GetMapping("/sent")
    @Operation(summary = "E-mail received by the embedded SMTP server, newest first; not available with a real mail server")
    SentMailbox sent() {
        return monitor.sent();
    }

    @GetMapping("/outbox")
    @Operation(summary = "Queued, sent and failed e-mail, newest first; filter by status")
    PagedModel<OutboxEntry> outbox(@RequestParam(required = false) OutboxStatus status, Pageable pageable) {
        return new PagedModel<>(monitor.outbox(status, pageable));
    }
}
