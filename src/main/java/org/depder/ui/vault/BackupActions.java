package org.depder.ui.vault;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import org.depder.app.TaskRunner;
import org.depder.app.i18n.Messages;
import org.depder.app.vault.VaultService;
import org.depder.app.vault.VaultState;
import org.depder.ui.DialogService;
import org.depder.ui.DialogService.FileType;
import org.depder.ui.LiveTexts;

/**
 * "Back up the data…" and "Restore from backup…", shared by the first-run, unlock and account
 * screens: pick a file, confirm a restore that would replace data, run the slow part in the
 * background and report the outcome as a {@link Notice}.
 */
public final class BackupActions {
  static final String EXTENSION = "depder-backup";

  private final LiveTexts texts;
  private final VaultService vault;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final Clock clock;

  public BackupActions(
      LiveTexts texts, VaultService vault, TaskRunner tasks, DialogService dialogs, Clock clock) {
    this.texts = texts;
    this.vault = vault;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.clock = clock;
  }

  /**
   * Restores a backup the user picks. Replacing an existing vault is confirmed first; before the
   * first run there is nothing to lose.
   */
  public void restore(BooleanProperty busy, Consumer<Notice> report, Runnable onRestored) {
    Messages messages = texts.messages();
    Optional<Path> file =
        dialogs.chooseFileToOpen(messages.text("backup.restore.chooserTitle"), fileType(messages));
    if (file.isEmpty()) {
      return;
    }
    if (vault.state() != VaultState.NONE
        && !dialogs.confirm(
            messages.text("backup.restore.confirmTitle"),
            messages.text("backup.restore.confirmDetail"),
            messages.text("backup.restore.confirm"))) {
      return;
    }
    busy.set(true);
    tasks.run(
        () -> {
          vault.restoreFrom(file.get());
          return file.get();
        },
        done -> {
          busy.set(false);
          report.accept(Notice.info("unlock.restored"));
          onRestored.run();
        },
        error -> {
          busy.set(false);
          report.accept(VaultErrors.notice(error));
        });
  }

  /** Writes a backup where the user chooses; the suggested name carries today's date. */
  public void backup(BooleanProperty busy, Consumer<Notice> report) {
    Messages messages = texts.messages();
    String suggested = "depder-" + LocalDate.now(clock) + "." + EXTENSION;
    Optional<Path> file =
        dialogs.chooseFileToSave(
            messages.text("backup.create.chooserTitle"), fileType(messages), suggested);
    if (file.isEmpty()) {
      return;
    }
    busy.set(true);
    tasks.run(
        () -> {
          vault.backupTo(file.get());
          return file.get();
        },
        done -> {
          busy.set(false);
          report.accept(Notice.info("backup.create.done"));
        },
        error -> {
          busy.set(false);
          report.accept(VaultErrors.notice(error));
        });
  }

  private static FileType fileType(Messages messages) {
    return new FileType(messages.text("backup.fileType"), EXTENSION);
  }
}
