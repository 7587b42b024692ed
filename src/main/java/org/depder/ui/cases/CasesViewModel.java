package org.depder.ui.cases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.TaskRunner;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.CaseRecords;
import org.depder.app.cases.CaseService;
import org.depder.app.cases.CaseTasks;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Messages;
import org.depder.app.referral.ReferralLetterException;
import org.depder.app.referral.ReferralLetterService;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.CaseStatus;
import org.depder.domain.cases.Consent;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.ConsentForm;
import org.depder.domain.cases.ConsentGiver;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.FollowUpSchedule;
import org.depder.domain.cases.FollowUpVisit;
import org.depder.domain.cases.IllegalTransitionException;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralPacket;
import org.depder.domain.cases.Referrals;
import org.depder.domain.cases.StageEntry;
import org.depder.domain.reference.ServiceDirectory;
import org.depder.ui.LiveTexts;

/**
 * The Cases area: the list of cases (pseudonymous number, stage, status, conflict flag, due items),
 * the open case (stage history, consents, referrals with their actions, follow-ups) and the "due
 * today" list. All reading and writing goes through {@link CaseService} in the background; the
 * lines shown are plain text built from labels, never free-text notes of other people.
 */
public final class CasesViewModel {
  /** One line of a list with the id it stands for. */
  public record Line(UUID id, String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  private final LiveTexts texts;
  private final TaskRunner tasks;
  private final CaseService cases;
  private final CaseTasks work;
  private final Optional<ReferralLetterService> letters;
  private final Clock clock;
  private final ObservableList<Line> list = FXCollections.observableArrayList();
  private final ObservableList<Line> due = FXCollections.observableArrayList();
  private final ObservableList<Line> history = FXCollections.observableArrayList();
  private final ObservableList<Line> consents = FXCollections.observableArrayList();
  private final ObservableList<Line> referrals = FXCollections.observableArrayList();
  private final ObservableList<Line> followUps = FXCollections.observableArrayList();
  private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private Case shown;
  private ServiceDirectory directory;

  public CasesViewModel(
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
    selected.addListener((o, a, b) -> open(b == null ? null : b.id()));
  }

  /** Reads the list and the due items again; keeps the open case. */
  public void refresh() {
    tasks.run(
        () -> {
          List<Line> lines = new ArrayList<>();
          Messages m = texts.messages();
          var dueItems = work.dueForMe(Set.of());
          for (CaseRecords.Stored<Case> s : cases.cases()) {
            Case c = s.value();
            long dueCount = dueItems.stream().filter(i -> i.caseId().equals(c.id())).count();
            lines.add(
                new Line(
                    c.id(),
                    m.text(
                        "casesui.list.item",
                        c.caseNumber(),
                        m.text(CaseLabels.stage(c.stage())),
                        m.text(CaseLabels.status(c.status())),
                        dueCount,
                        s.conflict() ? m.text("casesui.list.conflict") : "")));
          }
          List<Line> dueLines = new ArrayList<>();
          for (var item : dueItems) {
            String number = cases.load(item.caseId()).value().caseNumber();
            dueLines.add(
                new Line(
                    item.caseId(),
                    m.text(
                        item.overdue() ? "casesui.due.overdue" : "casesui.due.today",
                        m.text(CaseLabels.dueKind(item.kind())),
                        number,
                        m.date(item.due()))));
          }
          return new Object[] {lines, dueLines};
        },
        r -> {
          @SuppressWarnings("unchecked")
          List<Line> lines = (List<Line>) r[0];
          @SuppressWarnings("unchecked")
          List<Line> dueLines = (List<Line>) r[1];
          UUID keep = shown == null ? null : shown.id();
          list.setAll(lines);
          due.setAll(dueLines);
          if (keep != null) {
            open(keep);
          }
        },
        this::failed);
  }

  private record Detail(
      Case c,
      List<StageEntry> history,
      List<Consent> consents,
      List<Referral> referrals,
      List<FollowUpVisit> visits,
      Map<String, String> names) {}

  /** Opens one case: its history, consents, referrals and follow-ups. */
  public void open(UUID caseId) {
    if (caseId == null) {
      return;
    }
    tasks.run(
        () ->
            new Detail(
                cases.load(caseId).value(),
                cases.history(caseId),
                cases.consents(caseId),
                cases.referrals(caseId),
                work.followUps(caseId),
                cases.userNames()),
        this::show,
        this::failed);
  }

  private void show(Detail d) {
    CaseLines lines = new CaseLines(texts.messages(), clock.getZone(), this::serviceName);
    shown = d.c();
    heading.set(lines.heading(d.c()));
    history.setAll(lines.history(d.history(), by -> d.names().getOrDefault(by, by)));
    consents.setAll(lines.consents(d.consents()));
    referrals.setAll(lines.referrals(d.referrals()));
    followUps.setAll(lines.followUps(d.visits()));
  }

  /**
   * The service's name in the UI language when the directory knows it, else its id (a scope that is
   * not a service, or no directory on this client).
   */
  private String serviceName(String serviceId) {
    if (directory == null) {
      try {
        directory = letters.isPresent() ? letters.get().services() : null;
      } catch (ReferralLetterException | RuntimeException e) {
        return serviceId;
      }
    }
    return directory == null
        ? serviceId
        : directory
            .byId(serviceId)
            .map(e -> e.name().in(texts.language().code()))
            .orElse(serviceId);
  }

  // --- actions on the open case ---

  /**
   * Records the person's consent, given now, to a referral to the selected referral's service. A
   * child's own consent is recorded too but does not open the gate (the guardian's does).
   */
  public void recordConsentFor(Line referral) {
    Case c = shown;
    if (c == null) {
      return;
    }
    act(
        () -> {
          Referral r = cases.referral(referral.id());
          // id, time and recorder of the answer are set by the service
          return cases.recordConsent(
              new Consent(
                  referral.id(),
                  c.id(),
                  ConsentPurpose.REFERRAL,
                  r.serviceId(),
                  ConsentDecision.GIVEN,
                  ConsentGiver.PERSON,
                  ConsentForm.SIGNED,
                  c.language(),
                  clock.instant(),
                  "",
                  "",
                  Optional.empty(),
                  Optional.empty()));
        },
        r -> m -> m.text("casesui.consent.recorded"));
  }

  /** Withdraws the selected consent; says how many packets had already been shared. */
  public void withdrawConsent(Line consent) {
    if (consent.id() == null) {
      return;
    }
    act(
        () -> cases.withdrawConsent(consent.id()),
        w -> m -> m.text("casesui.consent.withdrawDone", w.sharedBefore().size()));
  }

  public void send(Line referral) {
    act(
        () -> cases.send(referral.id()),
        r ->
            r instanceof Referrals.Refused refused
                ? m -> m.text(ReferralLabels.gateRefusal(refused.reason()))
                : m -> m.text("casesui.referral.sent"));
  }

  public void accept(Line referral) {
    act(() -> cases.accept(referral.id()), r -> m -> m.text("casesui.done"));
  }

  public void deliver(Line referral) {
    act(() -> cases.deliver(referral.id(), ""), r -> m -> m.text("casesui.done"));
  }

  public void closeReferral(Line referral) {
    act(() -> cases.closeReferral(referral.id()), r -> m -> m.text("casesui.done"));
  }

  public void scheduleFollowUps() {
    Case c = shown;
    if (c == null) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    act(
        () -> work.scheduleFollowUps(c.id(), today, FollowUpSchedule.DEFAULT),
        r -> m -> m.text("casesui.followup.scheduled"));
  }

  public void recordVisit(Line visit) {
    LocalDate today = LocalDate.now(clock);
    act(() -> work.recordVisit(visit.id(), today, ""), r -> m -> m.text("casesui.done"));
  }

  public void closeCase() {
    Case c = shown;
    if (c == null) {
      return;
    }
    act(
        () -> {
          cases.close(c.id(), CaseStatus.CLOSED, "");
          return c;
        },
        r -> m -> m.text("casesui.case.closed"));
  }

  /** Writes the referral letter (the packet that left, or the one that would) to {@code target}. */
  public void printLetter(Line referral, Path target) {
    Case c = shown;
    if (c == null || letters.isEmpty()) {
      return;
    }
    act(
        () -> {
          Referral r = cases.referral(referral.id());
          ReferralPacket packet = r.shared().orElseGet(() -> ReferralPacket.of(c, r));
          letters.get().write(target, packet, LocalDate.now(clock));
          return target;
        },
        r -> m -> m.text("casesui.letter.written"));
  }

  private <T> void act(Callable<T> action, Function<T, Function<Messages, String>> message) {
    tasks.run(
        action,
        result -> {
          status.set(message.apply(result).apply(texts.messages()));
          refresh();
        },
        this::failed);
  }

  private void failed(Throwable failure) {
    Messages m = texts.messages();
    if (failure instanceof CaseRuleException e) {
      status.set(m.text(CaseLabels.rule(e.code())));
    } else if (failure instanceof IllegalTransitionException) {
      status.set(m.text(ReferralLabels.ERROR_ILLEGAL_TRANSITION));
    } else {
      status.set(m.text("casesui.error.unexpected"));
    }
  }

  public ObservableList<Line> cases() {
    return list;
  }

  public ObservableList<Line> due() {
    return due;
  }

  public ObservableList<Line> history() {
    return history;
  }

  public ObservableList<Line> consents() {
    return consents;
  }

  public ObservableList<Line> referrals() {
    return referrals;
  }

  public ObservableList<Line> followUps() {
    return followUps;
  }

  public ObjectProperty<Line> selectedProperty() {
    return selected;
  }

  public javafx.beans.property.ReadOnlyStringProperty headingProperty() {
    return heading.getReadOnlyProperty();
  }

  public javafx.beans.property.ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public boolean canPrint() {
    return letters.isPresent();
  }
}
