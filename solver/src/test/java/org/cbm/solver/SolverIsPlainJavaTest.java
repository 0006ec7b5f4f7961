package org.cbm.solver;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The solver is plain Java + OptaPlanner so that it runs from the command line and can be checked on its own.
 * The code must not use Spring or MongoDB, and neither may be on its classpath at all
 * (the Maven enforcer rule in the pom fails the build earlier, this catches what slips past it).
 */
@AnalyzeClasses(packages = "org.cbm.solver", importOptions = ImportOption.DoNotIncludeTests.class)
class SolverIsPlainJavaTest {

    @ArchTest
    static final ArchRule noSpringOrMongoInCode = noClasses()
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "de.bwaldvogel..");

    @ParameterizedTest
    @ValueSource(strings = {
            "org.springframework.core.SpringVersion",
            "org.springframework.boot.SpringApplication",
            "com.mongodb.client.MongoClient",
            "org.bson.Document",
            "org.springframework.data.mongodb.core.MongoTemplate"
    })
    void springAndMongoAreNotOnTheClasspath(String className) {
        assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
    }
}
