package org.depder.ui.sync;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.depder.app.TaskRunner;
import org.depder.app.i18n.Messages;
import org.depder.app.remote.AutoSync;
import org.depder.app.remote.RemoteException;
import org.depder.app.remote.ServerLink;
import org.depder.app.remote.ServerSync;
import org.depder.app.remote.SyncReport;
import org.depder.ui.LiveTexts;
import org.depder.ui.server.RemoteTexts;

/**
 * The "Sync with the server" part of the sync screen (issue 6 item 7): whether this laptop is
 * enrolled, whether it syncs by itself, the last run's time and result in plain words, and "Sync
 * now" with a busy indicator. Runs happen in the background; automatic runs update the line too.
 */
public final class ServerSyncViewModel {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final LiveTexts texts;
  private final TaskRunner tasks;
  private final ServerSync sync;
  private final Clock clock;
  private final ObjectProperty<Optional<ServerLink>> link =
      new SimpleObjectProperty<>(Optional.empty());
  private final ObjectProperty<AutoSync.Outcome> last = new SimpleObjectProperty<>();
  private final BooleanProperty running = new SimpleBooleanProperty();

  public ServerSyncViewModel(LiveTexts texts, TaskRunner tasks, ServerSync sync, Clock clock) {
    this.texts = texts;
    this.tasks = tasks;
    this.sync = sync;
    this.clock = clock;
    sync.last().ifPresent(last::set);
    sync.addListener(outcome -> tasks.onUiThread(() -> last.set(outcome)));
  }

  /** Reads the link in the background. */
  public void load() {
    tasks.run(sync::link, link::set, error -> link.set(Optional.empty()));
  }

  public void syncNow() {
    if (!canSync().get()) {
      return;
    }
    running.set(true);
    tasks.run(
        sync::syncNow,
        outcome -> {
          running.set(false);
          last.set(outcome);
        },
        error -> running.set(false));
  }

  public BooleanBinding canSync() {
    return Bindings.createBooleanBinding(
        () -> !running.get() && link.get().isPresent(), running, link);
  }

  public BooleanProperty runningProperty() {
    return running;
  }

  /** Enrolled or not, and whether it syncs by itself. */
  public StringBinding stateText() {
    return Bindings.createStringBinding(
        () -> {
          Messages m = texts.messages();
          Optional<ServerLink> current = link.get();
          if (current.isEmpty()) {
            return m.text("sync.server.notEnrolled");
          }
          return current.get().autoSync()
              ? m.text("sync.server.autoOn", sync.interval().toMinutes())
              : m.text("sync.server.autoOff");
        },
        link,
        texts.messagesProperty());
  }

  /** The last run: when, and what it did or what went wrong and what to do. */
  public StringBinding resultText() {
    return Bindings.createStringBinding(
        () -> {
          Messages m = texts.messages();
          if (running.get()) {
            return m.text("sync.server.running");
          }
          AutoSync.Outcome outcome = last.get();
          if (outcome == null) {
            return m.text("sync.server.never");
          }
          ZonedDateTime at = outcome.at().atZone(clock.getZone());
          String when = m.text("sync.server.when", m.date(at.toLocalDate()), TIME.format(at));
          if (outcome instanceof AutoSync.Outcome.Failed failed) {
            RemoteException e = failed.error();
            return when + " " + m.text(RemoteTexts.problemKey(e), e.reason());
          }
          SyncReport r = ((AutoSync.Outcome.Synced) outcome).report();
          StringBuilder text =
              new StringBuilder(when)
                  .append(' ')
                  .append(m.text("sync.server.done", r.sent(), r.received()));
          if (r.conflictsOpened() > 0) {
            text.append(' ').append(m.text("sync.server.conflicts", r.conflictsOpened()));
          }
          if (r.held()) {
            text.append(' ').append(m.text("sync.server.held"));
          }
          return text.toString();
        },
        last,
        running,
        texts.messagesProperty());
  }

  /** Whether the last run failed, for the colour of the line. */
  public BooleanBinding failed() {
    return Bindings.createBooleanBinding(() -> last.get() instanceof AutoSync.Outcome.Failed, last);
  }

  public StringBinding text(String key) {
    return texts.text(key);
  }
}
