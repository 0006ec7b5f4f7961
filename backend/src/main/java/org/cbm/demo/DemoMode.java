package org.cbm.demo;

import java.util.List;
import org.cbm.account.Role;
import org.cbm.storage.EmbeddedMongo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Whether this instance is a demonstration: then it holds the demo marketplace and the login page may show the
 * demo accounts and their password. Never in the {@code prod} profile.
 */
@Component
@EnableConfigurationProperties(DemoDataProperties.class)
public class DemoMode {

    /** A demo sign-in, one per role. */
    public record DemoAccount(String email, String displayName, Role role, String organisationId) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("recipient@demo.example", "Amina Otieno (demo recipient)", Role.RECIPIENT,
                    DemoMarketplace.DEMO_RECIPIENT_STATE),
            new DemoAccount("provider@demo.example", "Kristjan Tamm (demo provider)", Role.PROVIDER,
                    DemoMarketplace.DEMO_PROVIDER_STATE),
            new DemoAccount("coordinator@demo.example", "Lucía Fernández (demo coordinator)", Role.COORDINATOR,
                    DemoMarketplace.COORDINATION_OFFICE),
            new DemoAccount("admin@demo.example", "Wei Zhang (demo administrator)", Role.ADMIN,
                    DemoMarketplace.COORDINATION_OFFICE));

    private final boolean active;
    private final String password;

    DemoMode(DemoDataProperties properties, ObjectProvider<EmbeddedMongo> embeddedMongo, Environment environment) {
        boolean wanted = properties.enabled() != null ? properties.enabled() : embeddedMongo.getIfAvailable() != null;
        this.active = wanted && !environment.acceptsProfiles(Profiles.of("prod"));
        this.password = properties.password();
    }

    public boolean isActive() {
        return active;
    }

    /** The demo accounts; empty unless demo mode is active. */
    public List<DemoAccount> accounts() {
        return active ? ACCOUNTS : List.of();
    }

    /** The demo accounts' password, only in demo mode. */
    public String password() {
        return active ? password : null;
    }
}
