package org.cbm.storage;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The default database when none is configured: an in-process MongoDB wire-protocol server on loopback,
 * backed by an H2 file so that data survives restarts. The application reaches it through the real
 * MongoDB driver, exactly as it would a real server; it backs off as soon as a MongoDB URI or host is
 * configured, or when a test provides its own connection (Testcontainers' {@code @ServiceConnection}).
 */
@AutoConfiguration(before = MongoAutoConfiguration.class,
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@Conditional(EmbeddedMongoAutoConfiguration.NoMongoConfigured.class)
@ConditionalOnMissingBean(MongoConnectionDetails.class)
@EnableConfigurationProperties(StorageProperties.class)
public class EmbeddedMongoAutoConfiguration {

    static final String DATABASE = "cbm";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoAutoConfiguration.class);

    @Bean
    EmbeddedMongo embeddedMongo(StorageProperties storage) {
        MongoServer server = new MongoServer(new SerializedBackend(
                storage.inMemory() ? H2Backend.inMemory() : fileBackend(storage.dataDirectory())));
        server.bind("127.0.0.1", storage.port());
        EmbeddedMongo embedded = new EmbeddedMongo(server, new ConnectionString(server.getConnectionString() + "/" + DATABASE));
        log.info("No MongoDB URI configured: embedded MongoDB server at {} ({})", embedded.connectionString(),
                storage.inMemory() ? "in memory" : "data in " + storage.dataDirectory().toAbsolutePath());
        return embedded;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongo embeddedMongo) {
        return embeddedMongo::connectionString;
    }

    private static H2Backend fileBackend(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDirectory.toAbsolutePath()
                    + " (set cbm.storage.data-directory to a writable folder)", e);
        }
        return new H2Backend(dataDirectory.resolve("cbm.mv").toString());
    }

    /** Matches when neither a MongoDB URI nor a MongoDB host is set. */
    static class NoMongoConfigured extends NoneNestedConditions {

        NoMongoConfigured() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty("spring.data.mongodb.uri")
        static class UriConfigured {
        }

        @ConditionalOnProperty("spring.data.mongodb.host")
        static class HostConfigured {
        }
    }
}
