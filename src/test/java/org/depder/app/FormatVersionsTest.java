package org.depder.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.depder.app.settings.SettingsStore;
import org.depder.store.VaultFormat;
import org.junit.jupiter.api.Test;

class FormatVersionsTest {
  @Test
  void listsTheSettingsFormat() {
    assertThat(FormatVersions.all()).containsEntry("settings", SettingsStore.FORMAT_VERSION);
  }

  @Test
  void listsTheVaultFormat() {
    assertThat(FormatVersions.all()).containsEntry("vault", VaultFormat.CURRENT_VERSION);
  }

  @Test
  void bundledLibrariesNameEveryShippedLibraryWithItsLicence() {
    assertThat(BundledLibraries.list())
        .extracting(BundledLibraries.Library::name)
        .contains(
            "OpenJFX (JavaFX)",
            "ControlsFX",
            "AtlantaFX",
            "SQLite JDBC",
            "Bouncy Castle",
            "Jackson",
            "ICU4J",
            "Apache PDFBox",
            "Logback",
            "SLF4J");
    assertThat(BundledLibraries.list()).allSatisfy(l -> assertThat(l.licence()).isNotBlank());
  }

  @Test
  void runningFromClassesIsTheDevelopmentVersion() {
    assertThat(AppVersion.current()).isEqualTo(AppVersion.DEVELOPMENT);
  }
}
