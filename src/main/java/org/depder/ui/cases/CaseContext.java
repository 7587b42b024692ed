package org.depder.ui.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.depder.app.TaskRunner;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.CaseService;
import org.depder.app.cases.CaseServiceException;
import org.depder.app.cases.CaseTasks;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Messages;
import org.depder.app.referral.ReferralLetterException;
import org.depder.app.referral.ReferralLetterService;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.IllegalTransitionException;
import org.depder.domain.reference.ServiceDirectory;
import org.depder.ui.LiveTexts;

/**
 * What every part of the Cases area shares: the services, the open case, the status line and the
 * one way actions run (in the background, then a message in the user's language and a reload of the
 * list and of every part of the open case). A part registers with {@link #onOpen} and reads its own
 * data when a case is opened or changed.
 */
public final class CaseContext {
  private final LiveTexts texts;
  private final TaskRunner tasks;
  private final CaseService cases;
  private final CaseTasks work;
  private final Optional<ReferralLetterService> letters;
  private final Clock clock;
  private final ReadOnlyObjectWrapper<Case> shown = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final List<Consumer<Case>> parts = new ArrayList<>();
  private Runnable afterChange = () -> {};
  private ServiceDirectory directory;

  public CaseContext(
      LiveTexts texts,
      TaskRunner tasks,
      CaseService cases,
      CaseTasks work,
      Optional<ReferralLetterService> letters,
      Clock clock) {
    this.texts = texts;
    this.tasks = tasks;
    this.cases = cases;
    this.work = work;
    this.letters = letters;
    this.clock = clock;
  }

  public LiveTexts texts() {
    return texts;
  }

  public Messages messages() {
    return texts.messages();
  }

  public TaskRunner tasks() {
    return tasks;
  }

  public CaseService cases() {
    return cases;
  }

  public CaseTasks work() {
    return work;
  }

  public Optional<ReferralLetterService> letters() {
    return letters;
  }

  public Clock clock() {
    return clock;
  }

  /** The open case, or null when none is open. */
  public ReadOnlyObjectProperty<Case> shownProperty() {
    return shown.getReadOnlyProperty();
  }

  public Optional<Case> shown() {
    return Optional.ofNullable(shown.get());
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Shows a message in the status line. */
  public void say(String message) {
    status.set(message);
  }

  /**
   * Registers a part of the open case; it is called on the UI thread with every (re)opened case.
   */
  public void onOpen(Consumer<Case> part) {
    parts.add(part);
    if (shown.get() != null) {
      part.accept(shown.get());
    }
  }

  /** Called by the area when the list and the open case must be read again after an action. */
  void afterChange(Runnable reload) {
    this.afterChange = reload;
  }

  /** The area opened (or re-read) {@code c}: every part reads its data again. */
  void opened(Case c) {
    shown.set(c);
    for (Consumer<Case> part : List.copyOf(parts)) {
      part.accept(c);
    }
  }

  /** Reads in the background and shows the result; failures go to the status line. */
  public <T> void read(Callable<T> work, Consumer<? super T> show) {
    tasks.run(work, show, this::failed);
  }

  /**
   * Runs an action in the background; on success shows its message and reloads the list and the
   * open case, on failure says what went wrong. Nothing is half-written: every service action is
   * one or more whole revisions.
   */
  public <T> void act(Callable<T> action, Function<T, Function<Messages, String>> message) {
    tasks.run(
        action,
        result -> {
          status.set(message.apply(result).apply(texts.messages()));
          afterChange.run();
        },
        this::failed);
  }

  /** Says in the user's language why an action was refused or failed. */
  public void failed(Throwable failure) {
    Messages m = texts.messages();
    if (failure instanceof CaseRuleException e) {
      status.set(m.text(CaseLabels.rule(e.code())));
    } else if (failure instanceof IllegalTransitionException) {
      status.set(m.text(ReferralLabels.ERROR_ILLEGAL_TRANSITION));
    } else if (failure instanceof CaseServiceException e) {
      status.set(m.text(CaseLabels.serviceError(e.code())));
    } else {
      status.set(m.text("casesui.error.unexpected"));
    }
  }

  /** The lines of the open case in the current language. */
  CaseLines lines() {
    return new CaseLines(texts.messages(), clock.getZone(), this::serviceName);
  }

  /** Display names of this computer's users by id (read in the background by the caller). */
  Map<String, String> userNames() throws CaseServiceException {
    return cases.userNames();
  }

  /** The service directory, when this client has one. */
  public Optional<ServiceDirectory> directory() {
    if (directory == null && letters.isPresent()) {
      try {
        directory = letters.get().services();
      } catch (ReferralLetterException | RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(directory);
  }

  /**
   * The service's name in the UI language when the directory knows it, else its id (a scope that is
   * not a service, or no directory on this client).
   */
  public String serviceName(String serviceId) {
    return directory()
        .flatMap(d -> d.byId(serviceId))
        .map(e -> e.name().in(texts.language().code()))
        .orElse(serviceId);
  }
}
