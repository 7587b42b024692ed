package org.depder.ui.vault;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import org.depder.ui.LiveTexts;

/** The "passwords do not match" message shared by every screen that sets a password. */
public final class PasswordConfirmation {
  private PasswordConfirmation() {}

  /**
   * Empty while the confirmation is empty or equal to {@code password}; otherwise the translated
   * mismatch message, following language switches.
   */
  public static StringBinding mismatch(
      LiveTexts texts, ObservableStringValue password, ObservableStringValue confirm) {
    return Bindings.createStringBinding(
        () ->
            confirm.get().isEmpty() || confirm.get().equals(password.get())
                ? ""
                : texts.messages().text("account.error.mismatch"),
        password,
        confirm,
        texts.messagesProperty());
  }
}
