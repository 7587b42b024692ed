package org.depder.app.settings;

/**
 * How large the interface text is, as a percentage of the normal size: for tired eyes, small laptop
 * screens and reading aloud to a person across a table.
 */
public enum TextSize {
  NORMAL(100, "settings.textSize.normal"),
  LARGE(115, "settings.textSize.large"),
  LARGEST(130, "settings.textSize.largest");

  private final int percent;
  private final String labelKey;

  TextSize(int percent, String labelKey) {
    this.percent = percent;
    this.labelKey = labelKey;
  }

  public int percent() {
    return percent;
  }

  /** The label's key; its text takes the percentage as argument {0}. */
  public String labelKey() {
    return labelKey;
  }
}
