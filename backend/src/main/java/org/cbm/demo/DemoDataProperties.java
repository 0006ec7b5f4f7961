package org.cbm.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demonstration marketplace.
 *
 * @param enabled  seed it; when not set, it is seeded exactly when the embedded database is in use
 * @param seed     seed of the generator: the same seed always gives the same marketplace
 * @param password password of the demo accounts (one per role), shown on the login page in demo mode
 */
@ConfigurationProperties("cbm.demo-data")
public record DemoDataProperties(Boolean enabled, Long seed, String password) {

    public DemoDataProperties {
        seed = seed == null ? 2026L : seed;
        password = password == null ? "demo-2026" : password;
    }
}
