package org.depder.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.vault.LockSettings;
import org.depder.ui.LiveTexts;
import org.depder.ui.vault.InMemoryVaultService;
import org.depder.ui.vault.MutableClock;
import org.junit.jupiter.api.Test;

class LockSettingsViewModelTest {
  private final InMemoryVaultService vault =
      new InMemoryVaultService(new MutableClock(Instant.parse("2026-03-19T08:00:00Z")))
          .withAdministrator("aman", "admin password 1");
  private final LiveTexts texts = new LiveTexts(Language.EN, Messages::load);
  private final List<LockSettings> applied = new ArrayList<>();

  private LockSettingsViewModel viewModel(boolean editable) {
    vault.unlock("aman", "admin password 1".toCharArray());
    LockSettingsViewModel viewModel =
        new LockSettingsViewModel(texts, vault, new SameThreadTaskRunner(), editable, applied::add);
    viewModel.load();
    return viewModel;
  }

  @Test
  void showsTheCurrentSettings() {
    LockSettingsViewModel viewModel = viewModel(true);
    assertThat(viewModel.idleMinutesProperty().get()).isEqualTo("5");
    assertThat(viewModel.maxFailedProperty().get()).isEqualTo("10");
    assertThat(viewModel.lockOutMinutesProperty().get()).isEqualTo("30");
    assertThat(viewModel.canSave().get()).isTrue();
  }

  @Test
  void eachFieldIsCheckedAsItIsTypedWithTheRangesOfLockSettings() {
    LockSettingsViewModel viewModel = viewModel(true);
    viewModel.idleMinutesProperty().set("0");
    assertThat(viewModel.idleError().get()).isEqualTo("Enter a whole number from 1 to 480.");
    assertThat(viewModel.canSave().get()).isFalse();
    viewModel.idleMinutesProperty().set("481");
    assertThat(viewModel.idleError().get()).isNotEmpty();
    viewModel.idleMinutesProperty().set("480");
    assertThat(viewModel.idleError().get()).isEmpty();

    viewModel.maxFailedProperty().set("2");
    texts.switchTo(Language.RU);
    assertThat(viewModel.maxFailedError().get()).isEqualTo("Введите целое число от 3 до 100.");
    viewModel.maxFailedProperty().set("abc");
    assertThat(viewModel.maxFailedError().get()).isNotEmpty();
    viewModel.maxFailedProperty().set("3");

    viewModel.lockOutMinutesProperty().set("1441");
    // numbers follow the language: Russian groups thousands with a no-break space
    assertThat(viewModel.lockOutError().get().replace('\u00a0', ' ').replace('\u202f', ' '))
        .isEqualTo("Введите целое число от 0 до 1 440.");
    viewModel.lockOutMinutesProperty().set("0");
    assertThat(viewModel.canSave().get()).isTrue();
  }

  @Test
  void savingStoresAndAppliesAtOnce() throws Exception {
    LockSettingsViewModel viewModel = viewModel(true);
    viewModel.idleMinutesProperty().set("2");
    viewModel.save();
    assertThat(vault.lockSettings().idleTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(applied)
        .extracting(LockSettings::idleTimeout)
        .containsExactly(Duration.ofMinutes(2));
    assertThat(viewModel.message().get()).isEqualTo("Saved. The new settings apply at once.");
  }

  @Test
  void onlyAnAdministratorMaySave() {
    LockSettingsViewModel viewModel = viewModel(false);
    assertThat(viewModel.isEditable()).isFalse();
    assertThat(viewModel.canSave().get()).isFalse();
    viewModel.save();
    assertThat(applied).isEmpty();
  }
}
