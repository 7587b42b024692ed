package org.depder.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.ui.LiveTexts;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {
  private final LiveTexts texts = new LiveTexts(Language.EN, Messages::load);
  private final Area settings = new Area("settings", "shell.nav.settings", () -> null);

  @Test
  void theFirstAreaIsOpenAndItsLabelFollowsTheLanguage() {
    ShellViewModel viewModel =
        new ShellViewModel(texts, new AreaRegistry().register(settings), () -> {});
    assertThat(viewModel.selectedAreaProperty().get()).isEqualTo(settings);
    var label = viewModel.areaTitle(settings);
    assertThat(label.get()).isEqualTo("Settings");
    texts.switchTo(Language.RU);
    assertThat(label.get()).isEqualTo("Настройки");
    assertThat(viewModel.title().get()).isEqualTo("Depder");
  }

  @Test
  void quitDelegatesToTheApplication() {
    AtomicBoolean quit = new AtomicBoolean();
    new ShellViewModel(texts, new AreaRegistry().register(settings), () -> quit.set(true)).quit();
    assertThat(quit).isTrue();
  }

  @Test
  void areasAreUniqueAndAtLeastOneExists() {
    assertThatThrownBy(() -> new AreaRegistry().register(settings).register(settings))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ShellViewModel(texts, new AreaRegistry(), () -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
