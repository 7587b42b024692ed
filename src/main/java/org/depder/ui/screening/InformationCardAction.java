package org.depder.ui.screening;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.depder.app.TaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.infocard.InformationCardException;
import org.depder.ui.DialogService;
import org.depder.ui.LiveTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Print information card": asks where to save the PDF, writes it in the background in the
 * interview language of the screening (not the UI language), and says where it went or what to do.
 * Kept apart from the step views so the wizard can move the button without touching this.
 */
public final class InformationCardAction {
  private static final Logger LOG = LoggerFactory.getLogger(InformationCardAction.class);

  /** Writes one card; in the app, {@code InformationCardService::write}. */
  @FunctionalInterface
  public interface CardWriter {
    void write(Path target, Language language, LocalDate issued) throws InformationCardException;
  }

  private final LiveTexts texts;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final CardWriter writer;
  private final Supplier<Language> language;
  private final Supplier<LocalDate> today;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

  public InformationCardAction(
      LiveTexts texts,
      TaskRunner tasks,
      DialogService dialogs,
      CardWriter writer,
      Supplier<Language> language,
      Supplier<LocalDate> today) {
    this.texts = texts;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.writer = writer;
    this.language = language;
    this.today = today;
  }

  public void print() {
    if (busy.get()) {
      return;
    }
    Language lang = language.get();
    Optional<Path> target =
        dialogs.chooseFileToSave(
            texts.messages().text("infocard.chooseTitle"),
            new DialogService.FileType(texts.messages().text("infocard.fileType"), "pdf"),
            "information-card-" + lang.code() + ".pdf");
    if (target.isEmpty()) {
      return;
    }
    Path file = target.get();
    LocalDate issued = today.get();
    busy.set(true);
    status.set("");
    tasks.run(
        () -> {
          writer.write(file, lang, issued);
          return file;
        },
        written -> {
          busy.set(false);
          status.set(
              texts.messages().text("infocard.saved", String.valueOf(written.getFileName())));
        },
        failure -> {
          busy.set(false);
          LOG.warn("Information card not written: {}", failure.getClass().getSimpleName());
          dialogs.showError(
              texts.messages().text("infocard.failed.title"),
              texts.messages().text("infocard.failed.detail"));
        });
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** "Saved: file name" after the last print, empty before. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
