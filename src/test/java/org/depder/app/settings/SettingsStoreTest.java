package org.depder.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.depder.app.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
  @TempDir Path dir;

  @Test
  void aMissingFileGivesTheDefaults() {
    assertThat(new SettingsStore(dir.resolve("settings.properties")).load())
        .isEqualTo(Settings.defaults());
  }

  @Test
  void savedSettingsReadBackWithTheFormatVersion() throws Exception {
    Path file = dir.resolve("sub/settings.properties");
    SettingsStore store = new SettingsStore(file);
    Settings settings = new Settings(Optional.of(Language.TK), Theme.DARK, TextSize.LARGEST);
    store.save(settings);
    assertThat(store.load()).isEqualTo(settings);
    assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
        .contains("format.version=1", "language=tk", "theme=DARK", "textSize=LARGEST");
  }

  @Test
  void savingLeavesNoTemporaryFilesBehind() throws Exception {
    SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
    store.save(Settings.defaults().withLanguage(Language.RU));
    store.save(Settings.defaults().withLanguage(Language.EN));
    try (var files = Files.list(dir)) {
      assertThat(files)
          .extracting(p -> p.getFileName().toString())
          .containsExactly("settings.properties");
    }
    assertThat(store.load().language()).contains(Language.EN);
  }

  @Test
  void damagedValuesFallBackOneByOne() throws Exception {
    Path file = dir.resolve("settings.properties");
    Files.writeString(file, "format.version=7\nlanguage=tr\ntheme=DARK\ntextSize=HUGE\nfuture=x\n");
    Settings loaded = new SettingsStore(file).load();
    assertThat(loaded.language()).isEmpty();
    assertThat(loaded.theme()).isEqualTo(Theme.DARK);
    assertThat(loaded.textSize()).isEqualTo(TextSize.NORMAL);
  }

  @Test
  void anUnreadableFileGivesTheDefaults() throws Exception {
    Path file = dir.resolve("settings.properties");
    Files.write(file, new byte[] {'l', 'a', '=', '\\', 'u', '1'});
    assertThat(new SettingsStore(file).load()).isEqualTo(Settings.defaults());
  }
}
