package org.cbm.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The embedded server starts only when no MongoDB is configured, and then the application connects to it. */
class EmbeddedMongoAutoConfigurationTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedMongoAutoConfiguration.class))
            .withPropertyValues("cbm.storage.in-memory=true");

    @Test
    void startsTheEmbeddedServerWhenNoMongoIsConfigured() {
        contextRunner.run(context -> {
            assertThat(context).hasSingleBean(EmbeddedMongo.class);
            assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString())
                    .isEqualTo(context.getBean(EmbeddedMongo.class).connectionString());
            assertThat(context.getBean(EmbeddedMongo.class).connectionString().getDatabase()).isEqualTo("cbm");
        });
    }

    @Test
    void backsOffWhenAUriIsConfigured() {
        contextRunner.withPropertyValues("spring.data.mongodb.uri=mongodb://mongo.example:27017/cbm")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedMongo.class)
                        .doesNotHaveBean(MongoConnectionDetails.class));
    }

    @Test
    void backsOffWhenAHostIsConfigured() {
        contextRunner.withPropertyValues("spring.data.mongodb.host=mongo.example")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedMongo.class));
    }

    @Test
    void backsOffWhenAnotherConnectionIsProvided() {
        contextRunner.withBean(MongoConnectionDetails.class,
                        () -> () -> new ConnectionString("mongodb://container:27017/test"))
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedMongo.class));
    }
}
