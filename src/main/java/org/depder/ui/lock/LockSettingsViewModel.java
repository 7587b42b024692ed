package org.depder.ui.lock;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.depder.app.TaskRunner;
import org.depder.app.vault.LockSettings;
import org.depder.app.vault.VaultService;
import org.depder.ui.LiveTexts;
import org.depder.ui.vault.Notice;
import org.depder.ui.vault.VaultErrors;

/**
 * Idle timeout, failed unlocks before lock-out, lock-out duration: checked as they are typed, with
 * the ranges of {@link LockSettings} (whose constructor stays the final judge), and changeable only
 * by an administrator of this computer.
 */
public final class LockSettingsViewModel {
  static final int MAX_IDLE_MINUTES = 8 * 60;
  static final int MIN_FAILED = 3;
  static final int MAX_FAILED = 100;
  static final int MAX_LOCK_OUT_MINUTES = 24 * 60;

  private final LiveTexts texts;
  private final VaultService vault;
  private final TaskRunner tasks;
  private final boolean editable;
  private final Consumer<LockSettings> onSaved;

  private final StringProperty idleMinutes = new SimpleStringProperty("");
  private final StringProperty maxFailed = new SimpleStringProperty("");
  private final StringProperty lockOutMinutes = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

  /**
   * @param editable whether the signed-in user may change the settings (a device administrator)
   * @param onSaved applies saved settings at once (the idle timer)
   */
  public LockSettingsViewModel(
      LiveTexts texts,
      VaultService vault,
      TaskRunner tasks,
      boolean editable,
      Consumer<LockSettings> onSaved) {
    this.texts = texts;
    this.vault = vault;
    this.tasks = tasks;
    this.editable = editable;
    this.onSaved = onSaved;
  }

  /** Reads the current settings in the background. */
  public void load() {
    busy.set(true);
    tasks.run(
        vault::lockSettings,
        settings -> {
          busy.set(false);
          idleMinutes.set(Long.toString(settings.idleTimeout().toMinutes()));
          maxFailed.set(Integer.toString(settings.maxFailedUnlocks()));
          lockOutMinutes.set(Long.toString(settings.lockOutFor().toMinutes()));
        },
        error -> {
          busy.set(false);
          notice.set(VaultErrors.notice(error));
        });
  }

  public boolean isEditable() {
    return editable;
  }

  public StringProperty idleMinutesProperty() {
    return idleMinutes;
  }

  public StringProperty maxFailedProperty() {
    return maxFailed;
  }

  public StringProperty lockOutMinutesProperty() {
    return lockOutMinutes;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public ObjectProperty<Notice> noticeProperty() {
    return notice;
  }

  public StringBinding message() {
    return Notice.text(texts, notice);
  }

  public StringBinding text(String key) {
    return texts.text(key);
  }

  public StringBinding idleError() {
    return rangeError(idleMinutes, 1, MAX_IDLE_MINUTES);
  }

  public StringBinding maxFailedError() {
    return rangeError(maxFailed, MIN_FAILED, MAX_FAILED);
  }

  public StringBinding lockOutError() {
    return rangeError(lockOutMinutes, 0, MAX_LOCK_OUT_MINUTES);
  }

  private StringBinding rangeError(StringProperty field, int min, int max) {
    return Bindings.createStringBinding(
        () ->
            field.get().isEmpty() || inRange(field.get(), min, max).isPresent()
                ? ""
                : texts.messages().text("lockSettings.error.range", min, max),
        field,
        texts.messagesProperty());
  }

  private static OptionalInt inRange(String text, int min, int max) {
    try {
      int value = Integer.parseInt(text.strip());
      return value >= min && value <= max ? OptionalInt.of(value) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  public BooleanBinding canSave() {
    return Bindings.createBooleanBinding(
        () -> editable && !busy.get() && settings() != null,
        busy,
        idleMinutes,
        maxFailed,
        lockOutMinutes);
  }

  /** The settings as typed, or null while a field is out of range. */
  private LockSettings settings() {
    OptionalInt idle = inRange(idleMinutes.get(), 1, MAX_IDLE_MINUTES);
    OptionalInt failed = inRange(maxFailed.get(), MIN_FAILED, MAX_FAILED);
    OptionalInt lockOut = inRange(lockOutMinutes.get(), 0, MAX_LOCK_OUT_MINUTES);
    if (idle.isEmpty() || failed.isEmpty() || lockOut.isEmpty()) {
      return null;
    }
    try {
      return new LockSettings(
          Duration.ofMinutes(idle.getAsInt()),
          failed.getAsInt(),
          Duration.ofMinutes(lockOut.getAsInt()));
    } catch (IllegalArgumentException e) {
      // the record's rules changed and these ranges lag behind: refuse rather than guess
      return null;
    }
  }

  public void save() {
    LockSettings settings = settings();
    if (!canSave().get() || settings == null) {
      return;
    }
    busy.set(true);
    notice.set(null);
    tasks.run(
        () -> {
          vault.updateLockSettings(settings);
          return settings;
        },
        saved -> {
          busy.set(false);
          notice.set(Notice.info("lockSettings.saved"));
          onSaved.accept(saved);
        },
        error -> {
          busy.set(false);
          notice.set(VaultErrors.notice(error));
        });
  }
}
