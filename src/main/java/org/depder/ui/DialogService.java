package org.depder.ui;

/**
 * The dialogs a ViewModel may open. ViewModels talk to this interface, never to {@code Alert}, so
 * that they are tested with a recording fake and without a Stage. Texts arrive already translated.
 */
public interface DialogService {

  /** Tells the user that something did not work, and waits until they acknowledge it. */
  void showError(String title, String detail);
}
