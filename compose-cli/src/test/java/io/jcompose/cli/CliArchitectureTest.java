package io.jcompose.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI talks to the engine API only: it never starts runc, ip or iptables itself. The one process it starts
 * is the engine (package {@code io.jcompose.cli.engine}), which it also signals to stop; besides, {@code stty} sets
 * the user's own terminal (package {@code io.jcompose.cli.terminal}).
 */
class CliArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jcompose.cli");

    @Test
    void startsNoProcessesButTheEngine() {
        noClasses().that().resideOutsideOfPackages("io.jcompose.cli.engine", "io.jcompose.cli.terminal")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessHandle")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Process")
                .check(classes);
        noClasses().should().callMethod(Runtime.class, "exec", String.class)
                .orShould().callMethod(Runtime.class, "exec", String[].class)
                .check(classes);
    }

    @Test
    void theEngineIsStartedOnlyAsItsOwnProcessNeverLoadedIntoTheCli() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.jcompose.runtime..")
                .check(classes);
    }

    @Test
    void usesOnlyTheLoaderFacadeOfTheModel() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.jcompose.model.yaml..",
                        "io.jcompose.model.merge..", "io.jcompose.model.normalize..",
                        "io.jcompose.model.extend..",
                        "io.jcompose.model.include..")
                .check(classes);
    }
}
