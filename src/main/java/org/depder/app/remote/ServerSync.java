package org.depder.app.remote;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.depder.app.vault.VaultSession;
import org.depder.app.vault.VaultSessionListener;

/**
 * Sync with the server as the sync screen sees it: the link, "Sync now", the last outcome, and the
 * automatic runs ({@link AutoSync}) that start at unlock and stop at lock. Listeners hear every
 * run's outcome on the syncing thread.
 */
public final class ServerSync implements VaultSessionListener {
  /** How often automatic sync runs while the vault is unlocked and the server answers. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

  private final EnrolmentService enrolment;
  private final HttpSync http;
  private final Clock clock;
  private final Duration interval;
  private final List<Consumer<AutoSync.Outcome>> listeners = new CopyOnWriteArrayList<>();
  private final Runnable onRevoked;
  private volatile AutoSync.Outcome last;
  private AutoSync auto;

  public ServerSync(EnrolmentService enrolment, HttpSync http, Clock clock, Duration interval) {
    this(enrolment, http, clock, interval, () -> {});
  }

  /**
   * @param onRevoked run (on the syncing thread) when the server answers that this device is
   *     revoked: the composition root erases the vault and tells the user
   */
  public ServerSync(
      EnrolmentService enrolment,
      HttpSync http,
      Clock clock,
      Duration interval,
      Runnable onRevoked) {
    this.onRevoked = onRevoked;
    this.enrolment = enrolment;
    this.http = http;
    this.clock = clock;
    this.interval = interval;
  }

  public Optional<ServerLink> link() throws RemoteException {
    return enrolment.link();
  }

  public Duration interval() {
    return interval;
  }

  /** Runs one sync now on the calling (background) thread and reports it to every listener. */
  public AutoSync.Outcome syncNow() {
    AutoSync current;
    synchronized (this) {
      if (auto == null) {
        auto = newAuto();
      }
      current = auto;
    }
    return current.syncNow();
  }

  public Optional<AutoSync.Outcome> last() {
    return Optional.ofNullable(last);
  }

  public void addListener(Consumer<AutoSync.Outcome> listener) {
    listeners.add(listener);
  }

  public void removeListener(Consumer<AutoSync.Outcome> listener) {
    listeners.remove(listener);
  }

  private AutoSync newAuto() {
    return new AutoSync(
        http::syncOnce,
        () -> {
          try {
            return enrolment.link().map(ServerLink::autoSync).orElse(false);
          } catch (RemoteException e) {
            return false;
          }
        },
        interval,
        clock,
        outcome -> {
          last = outcome;
          listeners.forEach(l -> l.accept(outcome));
          if (outcome instanceof AutoSync.Outcome.Failed failed
              && failed.error().problem() == RemoteException.Problem.DEVICE_REVOKED) {
            onRevoked.run();
          }
        });
  }

  @Override
  public synchronized void unlocked(VaultSession session) {
    if (auto != null) {
      auto.close();
    }
    auto = newAuto();
    auto.start(Duration.ofSeconds(20));
  }

  @Override
  public synchronized void locking() {
    if (auto != null) {
      auto.close();
      auto = null;
    }
  }
}
