package org.cbm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NotificationPropertiesTest {

    static NotificationProperties properties(String nodeId, int maxAttempts) {
        return new NotificationProperties("Capacity-Building Marketplace <no-reply@cbm.example>", true, Duration.ofSeconds(5),
                Duration.ofMinutes(2), maxAttempts, Duration.ofSeconds(30), Duration.ofHours(6), nodeId);
    }

    @Test
    void theWaitBetweenAttemptsDoublesUpToTheCap() {
        NotificationProperties properties = properties("node", 20);

        assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.retryDelay(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.retryDelay(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.retryDelay(10)).isEqualTo(Duration.ofSeconds(30 * 512));
        assertThat(properties.retryDelay(11)).isEqualTo(Duration.ofHours(6));
        assertThat(properties.retryDelay(1000)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void eachNodeGetsItsOwnIdUnlessOneIsConfigured() {
        assertThat(properties(null, 20).nodeId()).isNotBlank().isNotEqualTo(properties(null, 20).nodeId());
        assertThat(properties("mail-1", 20).nodeId()).isEqualTo("mail-1");
    }

    @Test
    void refusesSettingsThatWouldNeverSendOrRetryAtOnce() {
        assertThatThrownBy(() -> properties("node", 0)).hasMessageContaining("cbm.mail.max-attempts");
        assertThatThrownBy(() -> new NotificationProperties("x@example.org", true, Duration.ofSeconds(5), Duration.ofMinutes(2),
                20, Duration.ZERO, Duration.ofHours(6), "node")).hasMessageContaining("cbm.mail.retry-base");
    }
}
