package org.cbm.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.cbm.storage.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTest {

    @Test
    void isOnByDefaultExactlyWhenTheEmbeddedDatabaseIsUsed() {
        assertThat(demoMode(null, true, new MockEnvironment()).isActive()).isTrue();
        assertThat(demoMode(null, false, new MockEnvironment()).isActive()).isFalse();
    }

    @Test
    void thePropertyDecidesWhenSet() {
        assertThat(demoMode(false, true, new MockEnvironment()).isActive()).isFalse();
        assertThat(demoMode(true, false, new MockEnvironment()).isActive()).isTrue();
    }

    @Test
    void isNeverOnInTheProductionProfileAndThenRevealsNothing() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");

        DemoMode demoMode = demoMode(true, true, production);

        assertThat(demoMode.isActive()).isFalse();
        assertThat(demoMode.accounts()).isEmpty();
        assertThat(demoMode.password()).isNull();
    }

    @SuppressWarnings("unchecked")
    private static DemoMode demoMode(Boolean enabled, boolean embedded, MockEnvironment environment) {
        ObjectProvider<EmbeddedMongo> embeddedMongo = mock(ObjectProvider.class);
        when(embeddedMongo.getIfAvailable()).thenReturn(embedded ? mock(EmbeddedMongo.class) : null);
        return new DemoMode(new DemoDataProperties(enabled, null, null), embeddedMongo, environment);
    }
}
