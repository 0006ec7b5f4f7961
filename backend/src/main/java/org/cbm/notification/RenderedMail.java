package org.cbm.notification;

/** An e-mail ready to send: its subject and body as plain text and HTML, in {@code language}. */
record RenderedMail(String language, String subject, String text, String html) {
}
