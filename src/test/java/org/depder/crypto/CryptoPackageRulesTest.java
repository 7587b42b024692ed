package org.depder.crypto;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The crypto package's own rules; the project-wide ones live in the architecture test. */
class CryptoPackageRulesTest {
  private static final JavaClasses CRYPTO =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.depder.crypto", "org.depder.sync.canonical");

  @Test
  void cryptoDependsOnlyOnTheJdkAndBouncyCastle() {
    classes()
        .that()
        .resideInAPackage("org.depder.crypto..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("org.depder.crypto..", "java..", "javax..", "org.bouncycastle..")
        .because("ARCHITECTURE.md section 2: crypto may depend on the JDK and Bouncy Castle only")
        .check(CRYPTO);
  }

  @Test
  void bouncyCastleProviderIsNeverRegistered() {
    noClasses()
        .should()
        .callMethod(java.security.Security.class, "addProvider", java.security.Provider.class)
        .orShould()
        .callMethod(
            java.security.Security.class,
            "insertProviderAt",
            java.security.Provider.class,
            int.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("org.bouncycastle.jce.provider..")
        .because("registering the BC provider costs 0.4-0.8 s at start-up (ARCHITECTURE.md 8)")
        .check(CRYPTO);
  }

  @Test
  void noConsoleOutput() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because("crypto code must never print; output could carry secrets")
        .check(CRYPTO);
  }
}
