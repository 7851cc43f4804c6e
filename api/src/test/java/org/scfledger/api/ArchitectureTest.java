package org.scfledger.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The module rules of docs/architecture.md, enforced on every build. */
@AnalyzeClasses(packages = "org.scfledger", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** The other modules' test harnesses (their test jars, on this module's test class path) are not the product. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /** The journal knows no business: which records a slice holds is a scope given to it (core.audit). */
    @ArchTest
    static final ArchRule the_journal_knows_no_business = noClasses()
            .that().resideInAPackage("org.scfledger.core.journal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.scfledger.core.asset..", "org.scfledger.core.audit..",
                    "org.scfledger.core.collateral..", "org.scfledger.core.credit..", "org.scfledger.core.financing..",
                    "org.scfledger.core.lending..", "org.scfledger.core.money..", "org.scfledger.core.party..",
                    "org.scfledger.core.pledge..", "org.scfledger.core.program..", "org.scfledger.core.receivable..",
                    "org.scfledger.core.rules..", "org.scfledger.core.trade..");

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
