package org.depder.ui.server;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
import org.depder.app.remote.EnrolmentService;
import org.depder.app.remote.RemoteException;
import org.depder.app.remote.ServerLink;
import org.depder.app.remote.ServerProbe;
import org.depder.app.vault.Role;
import org.depder.ui.LiveTexts;
import org.depder.ui.vault.Notice;

/**
 * Enrolling this laptop with the central server (issue 6 item 7), in the order that keeps a
 * man-in-the-middle out: connect, show the certificate fingerprint the laptop actually saw, let the
 * administrator confirm it matches the one read out by the server administrator, and only then send
 * the one-time code over a connection pinned to that certificate. Once enrolled, the screen shows
 * the link and the automatic-sync switch.
 */
public final class ServerConnectionViewModel {
  private final LiveTexts texts;
  private final EnrolmentService enrolment;
  private final TaskRunner tasks;

  private final StringProperty address = new SimpleStringProperty("");
  private final StringProperty code = new SimpleStringProperty("");
  private final BooleanProperty fingerprintConfirmed = new SimpleBooleanProperty();
  private final ObjectProperty<ServerProbe> probe = new SimpleObjectProperty<>();
  private final ObjectProperty<ServerLink> link = new SimpleObjectProperty<>();
  private final BooleanProperty autoSync = new SimpleBooleanProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

  public ServerConnectionViewModel(LiveTexts texts, EnrolmentService enrolment, TaskRunner tasks) {
    this.texts = texts;
    this.enrolment = enrolment;
    this.tasks = tasks;
    // a new address needs a new look at the certificate
    address.addListener((obs, old, now) -> forgetProbe());
  }

  /** Reads the link in the background when the area opens. */
  public void load() {
    busy.set(true);
    tasks.run(enrolment::link, this::showLink, this::failed);
  }

  /** Step 1: reach the server and show the fingerprint it presents. */
  public void connect() {
    if (!canConnect().get()) {
      return;
    }
    busy.set(true);
    notice.set(Notice.info("connection.connecting"));
    String typed = address.get();
    tasks.run(
        () -> enrolment.probe(typed),
        seen -> {
          busy.set(false);
          notice.set(null);
          fingerprintConfirmed.set(false);
          probe.set(seen);
        },
        this::failed);
  }

  /** Step 2: after the user confirmed the fingerprint, redeem the code. */
  public void enrol() {
    if (!canEnrol().get()) {
      return;
    }
    busy.set(true);
    notice.set(Notice.info("connection.enrolling"));
    ServerProbe confirmed = probe.get();
    String typed = code.get();
    tasks.run(
        () -> enrolment.enrol(confirmed, typed),
        enrolled -> {
          code.set("");
          showLink(Optional.of(enrolled));
          notice.set(Notice.info("connection.done"));
        },
        this::failed);
  }

  /** Saves the automatic-sync switch. */
  public void saveAutoSync(boolean enabled) {
    if (link.get() == null || link.get().autoSync() == enabled) {
      return;
    }
    busy.set(true);
    tasks.run(
        () -> enrolment.setAutoSync(enabled),
        saved -> {
          showLink(Optional.of(saved));
          notice.set(Notice.info("connection.autoSync.saved"));
        },
        this::failed);
  }

  private void showLink(Optional<ServerLink> loaded) {
    busy.set(false);
    link.set(loaded.orElse(null));
    autoSync.set(loaded.map(ServerLink::autoSync).orElse(false));
  }

  private void forgetProbe() {
    probe.set(null);
    fingerprintConfirmed.set(false);
  }

  private void failed(Throwable error) {
    busy.set(false);
    notice.set(
        Notice.error(
            RemoteTexts.problemKey(error), error instanceof RemoteException e ? e.reason() : ""));
    if (error instanceof RemoteException e
        && (e.problem() == RemoteException.Problem.CERTIFICATE_CHANGED
            || e.problem() == RemoteException.Problem.FINGERPRINT_MISMATCH)) {
      forgetProbe();
    }
  }

  /** The fingerprint in eight groups of four pairs, for comparing group by group aloud. */
  public List<String> fingerprintGroups(String forReading) {
    String[] pairs = forReading.split(":");
    return java.util.stream.IntStream.range(0, pairs.length / 4)
        .mapToObj(i -> String.join(":", Arrays.copyOfRange(pairs, i * 4, i * 4 + 4)))
        .toList();
  }

  public String roleLabel(String roleCode) {
    return Arrays.stream(Role.values())
        .filter(r -> r.code().equals(roleCode))
        .findFirst()
        .map(r -> texts.messages().text(r.labelKey()))
        .orElse(roleCode);
  }

  public String enrolledOn(ServerLink current) {
    return texts.messages().date(current.enrolledAt().atZone(ZoneId.systemDefault()).toLocalDate());
  }

  public BooleanBinding canConnect() {
    return Bindings.createBooleanBinding(
        () -> !busy.get() && link.get() == null && !address.get().isBlank(), busy, link, address);
  }

  public BooleanBinding canEnrol() {
    return Bindings.createBooleanBinding(
        () ->
            !busy.get()
                && link.get() == null
                && probe.get() != null
                && fingerprintConfirmed.get()
                && !code.get().isBlank(),
        busy,
        link,
        probe,
        fingerprintConfirmed,
        code);
  }

  public StringProperty addressProperty() {
    return address;
  }

  public StringProperty codeProperty() {
    return code;
  }

  public BooleanProperty fingerprintConfirmedProperty() {
    return fingerprintConfirmed;
  }

  public ObjectProperty<ServerProbe> probeProperty() {
    return probe;
  }

  public ObjectProperty<ServerLink> linkProperty() {
    return link;
  }

  public BooleanProperty autoSyncProperty() {
    return autoSync;
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
}
