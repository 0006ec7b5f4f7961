package org.cbm.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cbm.BackendTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;

/** The embedded default keeps its data in a file: a restart finds everything again, and seeds nothing twice. */
class EmbeddedMongoRestartTest {

    private static final List<String> COLLECTIONS = List.of("organisations", "requests", "offers", "matches", "users");

    @Test
    void dataSurvivesARestartWithoutDuplicates(@TempDir Path dataDirectory) {
        Map<String, Long> firstRun = runAndCount(dataDirectory);
        Map<String, Long> secondRun = runAndCount(dataDirectory);

        assertThat(firstRun.get("requests")).isEqualTo(123);
        assertThat(firstRun.get("organisations")).isGreaterThan(193);
        assertThat(secondRun).isEqualTo(firstRun);
        assertThat(dataDirectory.resolve("cbm.mv")).exists();
    }

    private static Map<String, Long> runAndCount(Path dataDirectory) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BackendTestApplication.class)
                .run("--cbm.storage.in-memory=false", "--cbm.storage.data-directory=" + dataDirectory,
                        "--cbm.demo-data.enabled=true")) {
            assertThat(context.getBean(EmbeddedMongo.class).connectionString().getHosts())
                    .singleElement().asString().startsWith("127.0.0.1:");
            MongoOperations mongo = context.getBean(MongoOperations.class);
            return COLLECTIONS.stream().collect(Collectors.toMap(Function.identity(),
                    collection -> mongo.getCollection(collection).countDocuments()));
        }
    }
}
