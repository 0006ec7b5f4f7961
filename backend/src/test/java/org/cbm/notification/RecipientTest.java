package org.cbm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecipientTest {

    @Test
    void withoutANameOrLanguageTheAddressGreetsInEnglish() {
        assertThat(new Recipient("csirt@example.gov", " ", null)).isEqualTo(new Recipient("csirt@example.gov", "csirt@example.gov", "en"));
    }

    @Test
    void refusesAMissingOrMalformedAddress() {
        assertThatThrownBy(() -> new Recipient(" ", "Amina", "en")).hasMessage("A recipient needs an e-mail address");
        assertThatThrownBy(() -> new Recipient("amina@", "Amina", "en")).hasMessageStartingWith("Not a valid e-mail address: 'amina@'");
        assertThatThrownBy(() -> new Recipient("amina@example.org, kofi@example.org", "Amina", "en"))
                .hasMessageStartingWith("Not a valid e-mail address");
    }
}
