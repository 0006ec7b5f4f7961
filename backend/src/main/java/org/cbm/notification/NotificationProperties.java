package org.cbm.notification;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How e-mail leaves the outbox.
 *
 * @param from           the sender of every e-mail
 * @param sendingEnabled whether this node sends queued e-mail (every node may; claims keep them apart)
 * @param sendInterval   pause between two runs of the sender
 * @param lease          how long a node's claim on a message holds; longer than the slowest SMTP exchange, since
 *                       another node takes over a message whose claim has expired
 * @param maxAttempts    attempts before a message is given up as FAILED
 * @param retryBase      wait after the first failed attempt; it doubles after each further one
 * @param retryCap       the longest wait between two attempts
 * @param nodeId         this node's name in claims; by default process id, host and a random suffix
 */
@ConfigurationProperties("cbm.mail")
record NotificationProperties(
        @DefaultValue("Capacity-Building Marketplace <no-reply@cbm.example>") String from,
        @DefaultValue("true") boolean sendingEnabled,
        @DefaultValue("PT5S") Duration sendInterval,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("PT30S") Duration retryBase,
        @DefaultValue("PT6H") Duration retryCap,
        String nodeId) {

    NotificationProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("cbm.mail.max-attempts must be at least 1, was " + maxAttempts);
        }
        if (retryBase.isNegative() || retryBase.isZero() || retryCap.compareTo(retryBase) < 0) {
            throw new IllegalArgumentException("cbm.mail.retry-base must be positive and at most cbm.mail.retry-cap, were "
                    + retryBase + " and " + retryCap);
        }
        nodeId = nodeId == null || nodeId.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
                : nodeId;
    }

    /** The wait after {@code attempts} failed attempts: retryBase, doubling each time, at most retryCap. */
    Duration retryDelay(int attempts) {
        int doublings = Math.min(attempts - 1, 30);
        Duration delay = retryBase.multipliedBy(1L << doublings);
        return delay.compareTo(retryCap) > 0 ? retryCap : delay;
    }
}
