package io.jcompose.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package graph of compose-model as docs/architecture.md draws it: no cycles, the tree at the bottom. */
class PackageGraphTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jcompose.model");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.jcompose.model.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theTreeDependsOnNothingElseInTheModel() {
        noClasses().that().resideInAPackage("io.jcompose.model.tree..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.jcompose.model.yaml..", "io.jcompose.model.json..", "io.jcompose.model.load..",
                        "io.jcompose.model.error..", "io.jcompose.model.normalize..", "io.jcompose.model.merge..")
                .check(classes);
    }

    @Test
    void onlyTheLoaderKnowsTheWholePipeline() {
        noClasses().that().resideOutsideOfPackage("io.jcompose.model.load..")
                .should().dependOnClassesThat().resideInAPackage("io.jcompose.model.load..")
                .check(classes);
    }

    @Test
    void stagesDoNotDependOnEachOtherExceptAsDocumented() {
        noClasses().that().resideInAnyPackage("io.jcompose.model.interpolation..", "io.jcompose.model.merge..",
                        "io.jcompose.model.validate..", "io.jcompose.model.profile..", "io.jcompose.model.paths..")
                .should().dependOnClassesThat().resideInAnyPackage("io.jcompose.model.normalize..",
                        "io.jcompose.model.project..", "io.jcompose.model.graph..", "io.jcompose.model.discovery..")
                .check(classes);
    }

    @Test
    void theModelTouchesNoProcesses() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .check(classes);
    }
}
