package org.cbm.storage;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Accepts the conventional {@code MONGODB_URI} environment variable as {@code spring.data.mongodb.uri}
 * (which wins when both are set), so that container platforms can pass the usual variable.
 */
public class MongoUriAlias implements EnvironmentPostProcessor {

    static final String VARIABLE = "MONGODB_URI";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String uri = environment.getProperty(VARIABLE);
        if (uri != null && !uri.isBlank() && !environment.containsProperty("spring.data.mongodb.uri")) {
            environment.getPropertySources().addLast(
                    new MapPropertySource("mongodbUriAlias", Map.of("spring.data.mongodb.uri", uri)));
        }
    }
}
