package org.depder.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsServiceTest {
  @TempDir Path dir;

  @Test
  void aChangeAppliesAtOnceAndIsSaved() {
    SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
    SettingsService service =
        new SettingsService(store, Settings.defaults(), new SameThreadTaskRunner());
    List<Throwable> failures = new ArrayList<>();
    service.update(s -> s.withLanguage(Language.RU).withTheme(Theme.DARK), failures::add);
    assertThat(service.current().language()).contains(Language.RU);
    assertThat(store.load()).isEqualTo(service.current());
    assertThat(failures).isEmpty();
  }

  @Test
  void aFailedSaveIsReportedAndTheChangeStillHolds() throws Exception {
    Path blocker = dir.resolve("not-a-directory");
    Files.writeString(blocker, "x");
    SettingsStore store = new SettingsStore(blocker.resolve("settings.properties"));
    SettingsService service =
        new SettingsService(store, Settings.defaults(), new SameThreadTaskRunner());
    List<Throwable> failures = new ArrayList<>();
    service.update(s -> s.withTextSize(TextSize.LARGE), failures::add);
    assertThat(failures).hasSize(1);
    assertThat(service.current().textSize()).isEqualTo(TextSize.LARGE);
  }
}
