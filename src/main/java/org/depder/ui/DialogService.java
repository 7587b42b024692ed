package org.depder.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs a ViewModel may open. ViewModels talk to this interface, never to {@code Alert} or
 * {@code FileChooser}, so that they are tested with a recording fake and without a Stage. Texts
 * arrive already translated.
 */
public interface DialogService {

  /** Tells the user that something did not work, and waits until they acknowledge it. */
  void showError(String title, String detail);

  /**
   * Asks before something that cannot be undone; true only when the user pressed {@code
   * confirmLabel}. Cancel, Escape and a quick lock closing the dialog all answer false.
   */
  boolean confirm(String title, String detail, String confirmLabel);

  /** Lets the user pick an existing file of the given type; empty when cancelled. */
  Optional<Path> chooseFileToOpen(String title, FileType type);

  /** Lets the user pick where to write a new file; empty when cancelled. */
  Optional<Path> chooseFileToSave(String title, FileType type, String suggestedName);

  /**
   * A kind of file offered in a file chooser.
   *
   * @param label translated name of the file type
   * @param extension without the dot, e.g. {@code depder-backup}
   */
  record FileType(String label, String extension) {}
}
