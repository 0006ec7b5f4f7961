package org.cbm.time;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Periodic work (sweeps, reminders, the e-mail sender, solver heartbeats) runs on Spring's scheduler.
 * {@code cbm.scheduling.enabled=false} turns all of it off, for tests that must see the data stand still.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cbm.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@PropertySource("classpath:cbm-scheduling-defaults.properties")
class SchedulingConfiguration {
}
