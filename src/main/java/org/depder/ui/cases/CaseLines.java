package org.depder.ui.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.CaseTasks;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Messages;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.Consent;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.ConsentGiver;
import org.depder.domain.cases.DueStatus;
import org.depder.domain.cases.FollowUpVisit;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralState;
import org.depder.domain.cases.StageEntry;
import org.depder.domain.cases.TaskState;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The lines of the open case in the UI language: labels, dates, service names and states only,
 * never notes, so nothing written about the person is shown in a list.
 */
final class CaseLines {
  private final Messages m;
  private final ZoneId zone;
  private final UnaryOperator<String> serviceName;

  CaseLines(Messages m, ZoneId zone, UnaryOperator<String> serviceName) {
    this.m = m;
    this.zone = zone;
    this.serviceName = serviceName;
  }

  String heading(Case c) {
    return m.text(
        "casesui.case.heading",
        c.caseNumber(),
        m.text(CaseLabels.stage(c.stage())),
        m.text(CaseLabels.status(c.status())));
  }

  /**
   * @param name the display name of a user id (the id itself when unknown here)
   */
  List<Line> history(List<StageEntry> entries, java.util.function.UnaryOperator<String> name) {
    return entries.stream()
        .map(
            e ->
                new Line(
                    e.id(),
                    m.text(
                        "casesui.history.item",
                        m.date(LocalDate.ofInstant(e.at(), zone)),
                        m.text(CaseLabels.stage(e.stage())),
                        name.apply(e.by()))))
        .toList();
  }

  /** Every consent; one line saying none is recorded when there is none (it has no id). */
  List<Line> consents(List<Consent> consents) {
    List<Line> lines = new ArrayList<>();
    for (Consent c : consents) {
      String purpose = m.text(CaseLabels.consentPurpose(c.purpose()));
      String text;
      if (c.scope().isBlank()) {
        // a purpose without a service (screening, return...) is named alone
        text =
            m.text(
                c.withdrawnAt().isPresent()
                    ? "casesui.consent.withdrawnNoScope"
                    : c.decision() == ConsentDecision.GIVEN
                        ? "casesui.consent.givenNoScope"
                        : "casesui.consent.refusedNoScope",
                purpose);
      } else {
        text =
            m.text(
                c.withdrawnAt().isPresent()
                    ? "casesui.consent.withdrawn"
                    : c.decision() == ConsentDecision.GIVEN
                        ? "casesui.consent.given"
                        : "casesui.consent.refused",
                purpose,
                serviceName.apply(c.scope()));
      }
      if (c.givenBy() == ConsentGiver.GUARDIAN) {
        text = m.text("casesui.consent.byGuardian", text);
      }
      lines.add(new Line(c.id(), text));
    }
    if (lines.isEmpty()) {
      lines.add(new Line(null, m.text("casesui.consent.none")));
    }
    return lines;
  }

  /**
   * One line per referral: service and state, marked when a reply is overdue or when the outcome
   * (declined or delivered) waits for the referring worker to review and close it.
   *
   * @param today the day in {@code CaseTasks.ZONE}
   */
  List<Line> referrals(List<Referral> referrals, LocalDate today) {
    return referrals.stream()
        .map(
            r -> {
              String service = serviceName.apply(r.serviceId());
              String state = m.text(ReferralLabels.referralState(r.state()));
              boolean overdue =
                  r.state() == ReferralState.SENT
                      && r.replyDue(CaseTasks.ZONE).filter(d -> d.isBefore(today)).isPresent();
              boolean review =
                  r.state() == ReferralState.DECLINED
                      || r.state() == ReferralState.SERVICE_DELIVERED;
              // the state first: service names are long and may be cut at the list's edge
              String text =
                  overdue
                      ? m.text("casesui.referral.itemOverdue", state, service)
                      : review
                          ? m.text("casesui.referral.itemToReview", state, service)
                          : m.text("casesui.referral.item", state, service);
              return new Line(r.id(), text);
            })
        .toList();
  }

  /**
   * One line per visit: months after the start, due date, where it stands {@code today}, and for a
   * recorded visit the day and who made it (never the note).
   *
   * @param name the display name of a user id
   */
  List<Line> followUps(List<FollowUpVisit> visits, LocalDate today, UnaryOperator<String> name) {
    return visits.stream()
        .map(
            v ->
                new Line(
                    v.id(),
                    v.state() == TaskState.DONE && v.visitedOn().isPresent()
                        ? m.text(
                            "casesui.followup.done",
                            v.monthsAfter(),
                            m.date(v.due()),
                            m.text(CaseLabels.dueStatus(DueStatus.DONE)),
                            m.date(v.visitedOn().get()),
                            name.apply(v.visitedBy().orElse("")))
                        : m.text(
                            "casesui.followup.open",
                            v.monthsAfter(),
                            m.date(v.due()),
                            m.text(
                                v.state() == TaskState.CANCELLED
                                    ? CaseLabels.taskState(TaskState.CANCELLED)
                                    : CaseLabels.dueStatus(v.status(today))))))
        .toList();
  }
}
