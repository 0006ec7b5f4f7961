package org.cbm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.context.ImportTestcontainers;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The backend against a real MongoDB 7 replica set in a container. Where no Docker engine is available the
 * test class is reported as skipped, not failed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Testcontainers(disabledWithoutDocker = true)
@ImportTestcontainers(MongoContainer.class)
public @interface MongoContainerTest {
}
