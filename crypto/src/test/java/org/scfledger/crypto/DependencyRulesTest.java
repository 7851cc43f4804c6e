package org.scfledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The crypto module stands on the JDK, BouncyCastle and the JCS canonicalizer only. */
class DependencyRulesTest {

    private static final JavaClasses PRODUCTION =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.scfledger.crypto");

    @Test
    void dependsOnlyOnTheJdkBouncyCastleJcsAndJspecify() {
        classes()
                .that()
                .resideInAPackage("org.scfledger.crypto..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "javax..", "org.bouncycastle..", "org.erdtman..", "org.jspecify..",
                        "org.scfledger.crypto..")
                .check(PRODUCTION);
    }

    @Test
    void theRuleSeesTheProductionClasses() {
        assertThat(PRODUCTION.contain(MerkleTree.class)).isTrue();
        assertThat(PRODUCTION.contain(MerkleProofPropertiesTest.class)).isFalse();
    }
}
