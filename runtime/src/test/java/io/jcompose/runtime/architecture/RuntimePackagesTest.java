package io.jcompose.runtime.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runtime's package graph (docs/architecture.md): no cycles between packages, the store below the services. */
class RuntimePackagesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jcompose.runtime");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.jcompose.runtime.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theImageStoreKnowsNoRegistryNoApiAndNoLayers() {
        noClasses().that().resideInAnyPackage("io.jcompose.runtime.image.store..", "io.jcompose.runtime.image.oci..",
                        "io.jcompose.runtime.image.ref..", "io.jcompose.runtime.image.archive..")
                .should().dependOnClassesThat().resideInAnyPackage("io.jcompose.runtime.registry..",
                        "io.jcompose.runtime.api..", "io.jcompose.runtime.image.layer..",
                        "io.jcompose.runtime.image.service..")
                .check(classes);
    }

    @Test
    void layersKnowNothingOfRegistriesOrTheApi() {
        noClasses().that().resideInAnyPackage("io.jcompose.runtime.image.layer..", "io.jcompose.runtime.sys..")
                .should().dependOnClassesThat().resideInAnyPackage("io.jcompose.runtime.registry..",
                        "io.jcompose.runtime.api..", "io.jcompose.runtime.image.store..")
                .check(classes);
    }
}
