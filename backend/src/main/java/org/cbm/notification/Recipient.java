package org.cbm.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The person an e-mail goes to.
 *
 * @param email       their address
 * @param displayName how to greet them; their address when blank
 * @param language    the language to write to them in ("en", "fr", ...); English when blank or not available
 */
public record Recipient(String email, String displayName, String language) {

    public Recipient {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("A recipient needs an e-mail address");
        }
        try {
            new InternetAddress(email, true).validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not a valid e-mail address: '" + email + "' (" + e.getMessage() + ")", e);
        }
        displayName = displayName == null || displayName.isBlank() ? email : displayName;
        language = language == null || language.isBlank() ? "en" : language;
    }
}
