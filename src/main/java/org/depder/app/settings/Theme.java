package org.depder.app.settings;

/** Light or dark colours; each carries the full key of its label (keys are never assembled). */
public enum Theme {
  LIGHT("settings.theme.light"),
  DARK("settings.theme.dark");

  private final String labelKey;

  Theme(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }
}
