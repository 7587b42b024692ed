package org.depder.ui.screening;

import java.util.OptionalInt;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A whole number typed as text. The text is kept exactly as typed, also when it is not a number, so
 * nothing the screener typed is lost; {@link #invalidProperty} says when the draft could not take
 * it.
 */
final class NumberField {
  private final StringProperty text = new SimpleStringProperty("");
  private final BooleanProperty invalid = new SimpleBooleanProperty();

  StringProperty textProperty() {
    return text;
  }

  BooleanProperty invalidProperty() {
    return invalid;
  }

  /** The number, empty for blank or unreadable text (and {@link #invalidProperty} then true). */
  OptionalInt parse() {
    String value = text.get() == null ? "" : text.get().strip();
    if (value.isEmpty()) {
      invalid.set(false);
      return OptionalInt.empty();
    }
    try {
      int number = Integer.parseInt(value);
      invalid.set(false);
      return OptionalInt.of(number);
    } catch (NumberFormatException e) {
      invalid.set(true);
      return OptionalInt.empty();
    }
  }

  void show(OptionalInt value) {
    text.set(value.isPresent() ? Integer.toString(value.getAsInt()) : "");
    invalid.set(false);
  }
}
