package org.depder.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The package rules of ARCHITECTURE.md section 2, parameterised by the root package so that the
 * same rules can be checked against a deliberately broken fixture tree (see {@code
 * ArchitectureRulesDetectViolationsTest}) as well as against Depder itself.
 */
final class ArchitectureRules {
  private static final String[] JDK = {"java..", "javax.crypto..", "javax.security.."};

  private final String root;

  ArchitectureRules(String root) {
    this.root = root;
  }

  private String pkg(String name) {
    return root + "." + name + "..";
  }

  private String[] plus(String[] base, String... more) {
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  ArchRule domainIsPure() {
    return noClasses()
        .that()
        .resideInAPackage(pkg("domain"))
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(plus(new String[] {pkg("domain"), "java.."}))
        .because(
            "the domain (records, scoring rules, validation) must stay pure JDK code without I/O, so"
                + " it can be tested alone and reused by the client and the server");
  }

  ArchRule cryptoUsesOnlyJdkAndBouncyCastle() {
    return noClasses()
        .that()
        .resideInAPackage(pkg("crypto"))
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(plus(JDK, pkg("crypto"), "org.bouncycastle.."))
        .because(
            "crypto is a small, auditable layer over vetted primitives (JCE and Bouncy Castle) and"
                + " nothing else");
  }

  ArchRule storeDependsOnlyOnDomainAndCrypto() {
    return noClasses()
        .that()
        .resideInAPackage(pkg("store"))
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            plus(
                JDK,
                pkg("store"),
                pkg("domain"),
                pkg("crypto"),
                "org.sqlite..",
                "org.slf4j..",
                "com.fasterxml.jackson.."))
        .because("the store persists domain data sealed by crypto and knows nothing of sync or UI");
  }

  ArchRule syncDependsOnlyOnDomainAndCrypto() {
    return noClasses()
        .that()
        .resideInAPackage(pkg("sync"))
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            plus(
                JDK,
                pkg("sync"),
                pkg("domain"),
                pkg("crypto"),
                "com.fasterxml.jackson..",
                "org.slf4j.."))
        .because(
            "the revision model, merge and bundle format are shared by the client and the server,"
                + " so they cannot depend on either side's storage or UI");
  }

  ArchRule appDoesNotDependOnUiServerOrLaunch() {
    return noClasses()
        .that()
        .resideInAPackage(pkg("app"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(pkg("ui"), pkg("server"), pkg("launch"))
        .because("use cases are UI-independent and tested without a Stage");
  }

  ArchRule uiDependsOnlyOnAppAndDomain() {
    return noClasses()
        .that()
        .resideInAPackage(pkg("ui"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            pkg("crypto"),
            pkg("store"),
            pkg("sync"),
            pkg("server"),
            pkg("launch"),
            "java.sql..",
            "org.sqlite..",
            "org.bouncycastle..")
        .because(
            "views and view models reach data only through the use cases in app, never the store,"
                + " crypto or sync directly");
  }

  ArchRule serverDependsOnlyOnDomainCryptoSync() {
    return noClasses()
        .that()
        .resideInAPackage(pkg("server"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(pkg("ui"), pkg("app"), pkg("store"), pkg("launch"), "javafx..")
        .because(
            "the central server must run headless without JavaFX and without the client's store");
  }

  ArchRule javaFxOnlyInUiAndLaunch() {
    return noClasses()
        .that()
        .resideOutsideOfPackages(pkg("ui"), pkg("launch"))
        .and()
        .resideInAPackage(root + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
        .because("JavaFX belongs to the desktop UI; everything else must run on the server too");
  }

  ArchRule sqlOnlyInStorage() {
    return noClasses()
        .that()
        .resideOutsideOfPackages(pkg("store"), pkg("server.storage"))
        .and()
        .resideInAPackage(root + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..",
            "javax.sql..",
            "org.sqlite..",
            "org.postgresql..",
            "com.zaxxer.hikari..",
            "org.flywaydb..")
        .because(
            "only the storage code talks SQL, so that every query can be reviewed in one place");
  }

  ArchRule webFrameworkOnlyInServerHttp() {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackage(pkg("server.http"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
        .because(
            "the server's handlers are thin: services must not know the web framework, so they"
                + " can be tested with fakes and reused by the USB import");
  }

  ArchRule viewModelsDoNotTouchTheSceneGraph() {
    return noClasses()
        .that()
        .resideInAPackage(pkg("ui"))
        .and()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.scene..", "javafx.stage..")
        .because("view models hold state and logic and are unit-tested without a Stage");
  }

  ArchRule launcherLoadsNoJavaFx() {
    return noClasses()
        .that()
        .haveFullyQualifiedName(root + ".launch.Launcher")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..")
        .because(
            "the launcher must start the server and CLI without JavaFX, and a main class that"
                + " touches JavaFX on the classpath fails with 'runtime components are missing'");
  }

  ArchRule noPackageCycles() {
    return slices()
        .matching(root + ".(*)..")
        .should()
        .beFreeOfCycles()
        .because("layers that depend on each other cannot be understood or tested alone");
  }

  ArchRule noStandardStreamsOutsideCli() {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackages(pkg("launch"), pkg("server.cli"))
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(Throwable.class, "printStackTrace")
        .because(
            "output goes through SLF4J (which never receives personal data); only command-line"
                + " tools print to the console");
  }

  List<ArchRule> all() {
    return List.of(
        domainIsPure(),
        cryptoUsesOnlyJdkAndBouncyCastle(),
        storeDependsOnlyOnDomainAndCrypto(),
        syncDependsOnlyOnDomainAndCrypto(),
        appDoesNotDependOnUiServerOrLaunch(),
        uiDependsOnlyOnAppAndDomain(),
        serverDependsOnlyOnDomainCryptoSync(),
        javaFxOnlyInUiAndLaunch(),
        sqlOnlyInStorage(),
        webFrameworkOnlyInServerHttp(),
        viewModelsDoNotTouchTheSceneGraph(),
        launcherLoadsNoJavaFx(),
        noPackageCycles(),
        noStandardStreamsOutsideCli());
  }
}
