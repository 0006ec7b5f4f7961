package org.cbm;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The backend is organised by feature; features must not depend on each other in circles. */
@AnalyzeClasses(packages = "org.cbm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("org.cbm.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theBackendKnowsNothingOfTheUi = noClasses().that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..");
}
