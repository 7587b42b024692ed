package org.depder.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depder.app.BundledLibraries;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.ui.LiveTexts;
import org.junit.jupiter.api.Test;

class AboutViewModelTest {
  @Test
  void showsVersionFormatsAndLibrariesInTheCurrentLanguage() {
    LiveTexts texts = new LiveTexts(Language.EN, Messages::load);
    Map<String, Integer> formats = new LinkedHashMap<>();
    formats.put("settings", 1);
    formats.put("vault", 3);
    AboutViewModel viewModel =
        new AboutViewModel(
            texts, "0.1.0", formats, List.of(new BundledLibraries.Library("ICU4J", "ICU", "x")));

    var version = viewModel.versionLine();
    var lines = viewModel.formatLines();
    var heading = viewModel.librariesHeading();
    assertThat(version.get()).isEqualTo("Version 0.1.0");
    assertThat(lines)
        .extracting(b -> b.get())
        .containsExactly("settings: version 1", "vault: version 3");
    assertThat(heading.get()).isEqualTo("1 bundled library and its licence");

    texts.switchTo(Language.TK);
    assertThat(version.get()).isEqualTo("Wersiýa 0.1.0");
    assertThat(lines.get(0).get()).isEqualTo("settings: wersiýa 1");
    assertThat(viewModel.title().get()).isEqualTo("Depder barada");
  }
}
