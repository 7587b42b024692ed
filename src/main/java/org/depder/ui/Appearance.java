package org.depder.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.depder.app.settings.TextSize;
import org.depder.app.settings.Theme;

/**
 * The look the user chose (theme, text size) as observable state. The settings screen changes it;
 * {@link AppearanceApplier} makes every window follow it.
 */
public final class Appearance {
  private final ObjectProperty<Theme> theme;
  private final ObjectProperty<TextSize> textSize;

  public Appearance(Theme theme, TextSize textSize) {
    this.theme = new SimpleObjectProperty<>(theme);
    this.textSize = new SimpleObjectProperty<>(textSize);
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  public ObjectProperty<TextSize> textSizeProperty() {
    return textSize;
  }
}
