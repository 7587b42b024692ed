package org.depder.ui.vault;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import org.depder.app.vault.PasswordFeedback;
import org.depder.app.vault.PasswordFeedback.Strength;
import org.depder.app.vault.VaultService;
import org.depder.ui.LiveTexts;

/**
 * Live feedback on a new password as it is typed: the vault's own verdict (so the screen never
 * accepts what the vault would refuse), shown as a level, a word and translated hints.
 */
public final class PasswordStrengthViewModel {
  /** The hints this screen can translate; any other hint key reads as the general advice. */
  private static final Set<String> HINTS =
      Set.of(
          "password.hint.tooShort",
          "password.hint.mixCharacters",
          "password.hint.common",
          "password.hint.repeated",
          "password.hint.sequence",
          "password.hint.addWords");

  private final LiveTexts texts;
  private final ObjectBinding<PasswordFeedback> feedback;

  public PasswordStrengthViewModel(LiveTexts texts, VaultService vault, StringProperty password) {
    this.texts = texts;
    // evaluatePassword is documented as cheap: it runs on every key press, on the UI thread
    this.feedback =
        Bindings.createObjectBinding(
            () ->
                password.get().isEmpty()
                    ? null
                    : vault.evaluatePassword(password.get().toCharArray()),
            password);
  }

  /** True when the vault would accept the password. */
  public BooleanBinding acceptable() {
    return Bindings.createBooleanBinding(
        () -> feedback.get() != null && feedback.get().acceptable(), feedback);
  }

  /** 0 with nothing typed, then a quarter per strength level. */
  public DoubleBinding level() {
    return Bindings.createDoubleBinding(
        () -> feedback.get() == null ? 0 : (feedback.get().strength().ordinal() + 1) / 4.0,
        feedback);
  }

  public ObjectBinding<Strength> strength() {
    return Bindings.createObjectBinding(
        () -> feedback.get() == null ? null : feedback.get().strength(), feedback);
  }

  public StringBinding strengthLabel() {
    return Bindings.createStringBinding(
        () ->
            feedback.get() == null
                ? ""
                : texts.messages().text(labelKey(feedback.get().strength())),
        feedback,
        texts.messagesProperty());
  }

  /** The hints, one per line. */
  public StringBinding hints() {
    return Bindings.createStringBinding(
        () ->
            feedback.get() == null
                ? ""
                : feedback.get().hintKeys().stream()
                    .map(k -> HINTS.contains(k) ? k : "password.hint.other")
                    .distinct()
                    .map(k -> texts.messages().text(k))
                    .collect(Collectors.joining("\n")),
        feedback,
        texts.messagesProperty());
  }

  private static String labelKey(Strength strength) {
    return switch (strength) {
      case TOO_SHORT -> "password.strength.tooShort";
      case WEAK -> "password.strength.weak";
      case FAIR -> "password.strength.fair";
      case STRONG -> "password.strength.strong";
    };
  }
}
