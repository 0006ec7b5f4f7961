package org.cbm.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class MongoUriAliasTest {

    private final MongoUriAlias alias = new MongoUriAlias();

    @Test
    void mongodbUriBecomesTheSpringProperty() {
        MockEnvironment environment = new MockEnvironment().withProperty("MONGODB_URI", "mongodb://db.example/cbm");

        alias.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.data.mongodb.uri")).isEqualTo("mongodb://db.example/cbm");
    }

    @Test
    void theSpringPropertyWinsWhenBothAreSet() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("MONGODB_URI", "mongodb://alias.example/cbm")
                .withProperty("spring.data.mongodb.uri", "mongodb://explicit.example/cbm");

        alias.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.data.mongodb.uri")).isEqualTo("mongodb://explicit.example/cbm");
    }

    @Test
    void nothingIsSetWithoutTheVariable() {
        MockEnvironment environment = new MockEnvironment();

        alias.postProcessEnvironment(environment, null);

        assertThat(environment.containsProperty("spring.data.mongodb.uri")).isFalse();
    }
}
