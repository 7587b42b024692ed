package org.depder.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import org.depder.app.settings.Theme;

/**
 * Makes the scene graph follow {@link Appearance}: the AtlantaFX theme is the application-wide
 * user-agent stylesheet (so dialogs follow too), and the text size is the root font size of each
 * window, from which AtlantaFX derives paddings and control heights in em.
 */
public final class AppearanceApplier {
  /** AtlantaFX's root font size at 100 %. */
  static final double BASE_FONT_PX = 14;

  private final Appearance appearance;

  public AppearanceApplier(Appearance appearance) {
    this.appearance = appearance;
    appearance.themeProperty().addListener((obs, old, theme) -> applyTheme(theme));
  }

  /** Applies the current theme now; later changes follow by themselves. */
  public void applyTheme() {
    applyTheme(appearance.themeProperty().get());
  }

  private static void applyTheme(Theme theme) {
    Application.setUserAgentStylesheet(
        theme == Theme.DARK
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }

  /** Binds the font size of a window's root to the chosen text size. */
  public void followTextSize(Parent root) {
    root.styleProperty()
        .bind(
            Bindings.createStringBinding(
                () -> fontSizeStyle(appearance.textSizeProperty().get().percent()),
                appearance.textSizeProperty()));
  }

  static String fontSizeStyle(int percent) {
    return String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * percent / 100);
  }
}
