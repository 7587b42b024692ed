package org.depder.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;

/**
 * The texts of the current language as bindings: every label binds its text to {@link #text}, so
 * switching the language re-labels every visible control at once, without a restart and without
 * rebuilding the scene.
 */
public final class LiveTexts {
  private final Function<Language, Messages> loader;
  private final Map<Language, Messages> loaded = new EnumMap<>(Language.class);
  private final ReadOnlyObjectWrapper<Messages> current = new ReadOnlyObjectWrapper<>();

  /** {@code loader} reads one language's bundle; each language is read at most once. */
  public LiveTexts(Language initial, Function<Language, Messages> loader) {
    this.loader = loader;
    current.set(messagesFor(initial));
  }

  public ReadOnlyObjectProperty<Messages> messagesProperty() {
    return current.getReadOnlyProperty();
  }

  public Messages messages() {
    return current.get();
  }

  public Language language() {
    return current.get().language();
  }

  /** The bundle of any language, current or not (the language picker shows all three). */
  public Messages messagesFor(Language language) {
    return loaded.computeIfAbsent(language, loader);
  }

  public void switchTo(Language language) {
    current.set(messagesFor(language));
  }

  /** The text of {@code key} in the current language, following every switch. */
  public StringBinding text(String key, Object... args) {
    return Bindings.createStringBinding(() -> current.get().text(key, args), current);
  }
}
