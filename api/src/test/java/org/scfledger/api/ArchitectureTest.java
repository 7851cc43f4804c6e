package org.scfledger.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The module rules of docs/architecture.md, enforced on every build. */
@AnalyzeClasses(packages = "org.scfledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule crypto_depends_on_nothing_of_ours = noClasses()
            .that().resideInAPackage("org.scfledger.crypto..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.scfledger.core..", "org.scfledger.commands..", "org.scfledger.projections..", "org.scfledger.api..",
                    "org.springframework..", "org.axonframework..", "com.fasterxml..");

    @ArchTest
    static final ArchRule ledger_core_has_no_spring = noClasses()
            .that().resideInAPackage("org.scfledger.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule ledger_core_sees_only_crypto_of_ours = noClasses()
            .that().resideInAPackage("org.scfledger.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.scfledger.commands..", "org.scfledger.projections..", "org.scfledger.api..");

    @ArchTest
    static final ArchRule commands_see_neither_projections_nor_the_api = noClasses()
            .that().resideInAPackage("org.scfledger.commands..")
            .should().dependOnClassesThat().resideInAnyPackage("org.scfledger.projections..", "org.scfledger.api..");

    @ArchTest
    static final ArchRule projections_see_neither_commands_nor_the_api = noClasses()
            .that().resideInAPackage("org.scfledger.projections..")
            .should().dependOnClassesThat().resideInAnyPackage("org.scfledger.commands..", "org.scfledger.api..");

    @ArchTest
    static final ArchRule projections_never_send_commands = noClasses()
            .that().resideInAPackage("org.scfledger.projections..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.commandhandling..", "org.scfledger.commands..");

    @ArchTest
    static final ArchRule only_the_api_is_a_spring_boot_application = classes()
            .that().areAnnotatedWith(SpringBootApplication.class)
            .should().resideInAPackage("org.scfledger.api");

    @ArchTest
    static final ArchRule only_the_api_uses_spring_boot = noClasses()
            .that().resideOutsideOfPackage("org.scfledger.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.boot..");
}
