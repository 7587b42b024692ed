package org.depder.ui.unlock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.depder.app.TaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.vault.UnlockResult;
import org.depder.app.vault.UserAccount;
import org.depder.app.vault.VaultService;
import org.depder.ui.LiveTexts;
import org.depder.ui.vault.BackupActions;
import org.depder.ui.vault.Notice;
import org.depder.ui.vault.VaultErrors;

/**
 * The unlock screen: login name and password, the (slow) unlock in the background, and a plain
 * answer when it is refused. The login name survives a failure, the password never does. Back-off
 * is shown as a countdown that the view advances with {@link #tick()}.
 */
public final class UnlockViewModel {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final LiveTexts texts;
  private final VaultService vault;
  private final TaskRunner tasks;
  private final BackupActions backups;
  private final Clock clock;
  private final Consumer<UserAccount> onUnlocked;
  private final Consumer<Language> chooseLanguage;

  private final StringProperty loginName = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
  private final ObjectProperty<Instant> retryAt = new SimpleObjectProperty<>();
  private final LongProperty secondsToWait = new SimpleLongProperty();

  public UnlockViewModel(
      LiveTexts texts,
      VaultService vault,
      TaskRunner tasks,
      BackupActions backups,
      Clock clock,
      Consumer<UserAccount> onUnlocked,
      Consumer<Language> chooseLanguage) {
    this.texts = texts;
    this.vault = vault;
    this.tasks = tasks;
    this.backups = backups;
    this.clock = clock;
    this.onUnlocked = onUnlocked;
    this.chooseLanguage = chooseLanguage;
  }

  public StringProperty loginNameProperty() {
    return loginName;
  }

  public StringProperty passwordProperty() {
    return password;
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

  /** The live back-off countdown; empty when the next attempt is accepted. */
  public StringBinding countdown() {
    return Bindings.createStringBinding(
        () ->
            secondsToWait.get() == 0
                ? ""
                : texts.messages().text("unlock.tooSoon", secondsToWait.get()),
        secondsToWait,
        texts.messagesProperty());
  }

  public StringBinding text(String key) {
    return texts.text(key);
  }

  /** The product name only: this screen is what anyone looking over a shoulder sees. */
  public StringBinding appName() {
    return texts.text("app.name");
  }

  public BooleanBinding canUnlock() {
    return Bindings.createBooleanBinding(
        () ->
            !busy.get()
                && retryAt.get() == null
                && !loginName.get().isBlank()
                && !password.get().isEmpty(),
        busy,
        retryAt,
        loginName,
        password);
  }

  public void unlock() {
    if (!canUnlock().get()) {
      return;
    }
    String name = loginName.get().strip();
    char[] secret = password.get().toCharArray();
    password.set("");
    busy.set(true);
    notice.set(null);
    tasks.run(() -> vault.unlock(name, secret), this::answered, this::failed);
  }

  private void answered(UnlockResult result) {
    busy.set(false);
    if (result instanceof UnlockResult.Unlocked unlocked) {
      notice.set(null);
      onUnlocked.accept(unlocked.user());
    } else if (result instanceof UnlockResult.Refused refused) {
      notice.set(Notice.error("unlock.refused", refused.attemptsLeft()));
      waitFor(refused.retryAfter());
    } else if (result instanceof UnlockResult.TooSoon tooSoon) {
      notice.set(null);
      waitFor(tooSoon.retryAfter());
    } else if (result instanceof UnlockResult.LockedOut lockedOut) {
      notice.set(lockedOut(lockedOut.until()));
    } else {
      notice.set(Notice.error("unlock.disabled"));
    }
  }

  private void waitFor(Duration retryAfter) {
    if (!retryAfter.isZero() && !retryAfter.isNegative()) {
      retryAt.set(clock.instant().plus(retryAfter));
      tick();
    }
  }

  private Notice lockedOut(Instant until) {
    Messages messages = texts.messages();
    LocalDateTime local = LocalDateTime.ofInstant(until, clock.getZone());
    return Notice.error("unlock.lockedOut", TIME.format(local), messages.date(local.toLocalDate()));
  }

  private void failed(Throwable error) {
    busy.set(false);
    notice.set(VaultErrors.notice(error));
  }

  /** Advances the back-off countdown; the view calls it every second. */
  public void tick() {
    Instant at = retryAt.get();
    if (at == null) {
      return;
    }
    long millisLeft = Duration.between(clock.instant(), at).toMillis();
    if (millisLeft <= 0) {
      retryAt.set(null);
      secondsToWait.set(0);
    } else {
      secondsToWait.set((millisLeft + 999) / 1000);
    }
  }

  public void restore() {
    backups.restore(busy, notice::set, () -> {});
  }

  public List<Language> languages() {
    return List.of(Language.values());
  }

  /** Someone else may sit down at the laptop: the language can be changed before signing in. */
  public void chooseLanguage(Language language) {
    chooseLanguage.accept(language);
  }
}
