package org.depder.ui.vault;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.depder.ui.LiveTexts;

/**
 * A message a screen shows inline (a refused unlock, a saved change), kept as its key and arguments
 * rather than as text so that it re-translates when the language is switched while it is visible.
 */
public record Notice(Kind kind, String key, Object... args) {

  public enum Kind {
    INFO,
    ERROR
  }

  public static Notice info(String key, Object... args) {
    return new Notice(Kind.INFO, key, args);
  }

  public static Notice error(String key, Object... args) {
    return new Notice(Kind.ERROR, key, args);
  }

  public boolean isError() {
    return kind == Kind.ERROR;
  }

  /** The text of the notice held by {@code notice} in the current language; empty for none. */
  public static StringBinding text(LiveTexts texts, ObservableValue<Notice> notice) {
    return Bindings.createStringBinding(
        () -> {
          Notice current = notice.getValue();
          return current == null ? "" : texts.messages().text(current.key, current.args);
        },
        notice,
        texts.messagesProperty());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Notice n
        && n.kind == kind
        && n.key.equals(key)
        && Arrays.equals(n.args, args);
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + Arrays.hashCode(args);
  }

  @Override
  public String toString() {
    return kind + " " + key + Arrays.toString(args);
  }
}
