package org.depder.ui.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Messages;
import org.depder.domain.cases.BestInterestsDecision;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.Consent;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.ConsentGiver;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralPacket;
import org.depder.domain.cases.Referrals;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The words of the Consents tab: the details of one consent (who recorded it, when, how, and for a
 * withdrawn referral consent exactly what had left before) and the lines of best-interests
 * decisions. Free text (the child's views, a decision's reason) is stored, never shown in a list.
 */
final class ConsentTexts {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final Messages m;
  private final ZoneId zone;
  private final UnaryOperator<String> serviceName;

  ConsentTexts(Messages m, ZoneId zone, UnaryOperator<String> serviceName) {
    this.m = m;
    this.zone = zone;
    this.serviceName = serviceName;
  }

  /** What the details are read from: the consent, the case's referrals, the users' names. */
  record Facts(Optional<Consent> consent, List<Referral> referrals, Map<String, String> names) {}

  /** Referral and data sharing name one service or body; the other purposes none. */
  static boolean scoped(ConsentPurpose purpose) {
    return purpose == ConsentPurpose.REFERRAL || purpose == ConsentPurpose.DATA_SHARING;
  }

  /** What the status line says once an answer is recorded, with whether it counts for sharing. */
  static String recordedKey(Case c, Consent stored) {
    if (!c.child() && stored.givenBy() == ConsentGiver.GUARDIAN) {
      return "casesui.consentForm.recordedNotCounted";
    }
    if (c.child() && stored.givenBy() == ConsentGiver.PERSON) {
      return "casesui.consentForm.recordedChildOwn";
    }
    return stored.decision() == ConsentDecision.GIVEN
        ? "casesui.consentForm.recordedGiven"
        : "casesui.consentForm.recordedRefused";
  }

  String details(Facts facts) {
    if (facts.consent().isEmpty()) {
      return "";
    }
    Consent c = facts.consent().get();
    UnaryOperator<String> name = id -> facts.names().getOrDefault(id, id);
    List<String> lines = new ArrayList<>();
    lines.add(
        m.text(
            "casesui.consentDetails.recorded",
            m.date(day(c.recordedAt())),
            time(c.recordedAt()),
            name.apply(c.recordedBy())));
    lines.add(
        m.text(
            "casesui.consentDetails.answer",
            m.text(
                c.decision() == ConsentDecision.GIVEN
                    ? "casesui.consentDetails.given"
                    : "casesui.consentDetails.refused"),
            m.text(CaseLabels.consentGiver(c.givenBy()))));
    lines.add(
        m.text(
            "casesui.consentDetails.how",
            m.text(CaseLabels.consentForm(c.form())),
            languageName(c.language())));
    if (!c.childViews().isBlank()) {
      lines.add(m.text("casesui.consentDetails.childViews"));
    }
    if (c.withdrawnAt().isPresent()) {
      Instant at = c.withdrawnAt().get();
      lines.add(
          m.text(
              "casesui.consentDetails.withdrawn",
              m.date(day(at)),
              time(at),
              name.apply(c.withdrawnBy().orElse(""))));
      if (c.purpose() == ConsentPurpose.REFERRAL) {
        lines.addAll(sharedBefore(sharedBefore(c, facts.referrals())));
      }
    }
    return String.join("\n", lines);
  }

  /**
   * After the fact, what had left under a withdrawn referral consent: the referrals to its service
   * sent before the withdrawal, whose sharing the withdrawal stopped.
   */
  static List<Referrals.SharedBefore> sharedBefore(Consent c, List<Referral> referrals) {
    Instant withdrawn = c.withdrawnAt().orElseThrow();
    return referrals.stream()
        .filter(r -> r.serviceId().equals(c.scope()))
        .filter(r -> r.shared().isPresent() && r.sharingStoppedAt().isPresent())
        .filter(r -> r.sentAt().isPresent() && !r.sentAt().get().isAfter(withdrawn))
        .map(
            r ->
                new Referrals.SharedBefore(
                    r.id(), r.serviceId(), r.sentAt().get(), r.shared().get()))
        .toList();
  }

  /** One line per packet that had left, with exactly the fields it carried. */
  List<String> sharedBefore(List<Referrals.SharedBefore> shared) {
    List<String> lines = new ArrayList<>();
    if (shared.isEmpty()) {
      lines.add(m.text("casesui.consentDetails.nothingShared"));
      return lines;
    }
    lines.add(m.text("casesui.consentDetails.sharedBefore", shared.size()));
    for (Referrals.SharedBefore s : shared) {
      ReferralPacket p = s.packet();
      lines.add(
          m.text(
              "casesui.consentDetails.packet",
              serviceName.apply(s.serviceId()),
              m.date(day(s.sentAt())),
              p.caseNumber(),
              m.text(ReferralLabels.ageBand(p.ageBand())),
              m.text(ReferralLabels.sex(p.sex())),
              languageName(p.language()),
              p.needs().stream()
                  .map(n -> m.text(ReferralLabels.need(n)))
                  .sorted()
                  .collect(Collectors.joining(", ")),
              m.text(ReferralLabels.urgency(p.urgency())),
              m.text(ReferralLabels.contactMethod(p.contactMethod()))));
    }
    return lines;
  }

  /** A best-interests decision in a list: purpose, service, date and who; never the reason. */
  Line bestInterests(BestInterestsDecision d, UnaryOperator<String> name) {
    String what = purposeAndScope(d.purpose(), d.scope());
    String decided = m.date(day(d.decidedAt()));
    String by = name.apply(d.decidedBy());
    return new Line(
        d.id(),
        d.revokedAt().isPresent()
            ? m.text(
                "casesui.bestInterests.revokedItem",
                what,
                decided,
                by,
                m.date(day(d.revokedAt().get())))
            : m.text("casesui.bestInterests.item", what, decided, by));
  }

  /** "Referral to the named service: Shelter X", or the purpose alone when it names none. */
  String purposeAndScope(ConsentPurpose purpose, String scope) {
    String p = m.text(CaseLabels.consentPurpose(purpose));
    return scope.isBlank()
        ? p
        : m.text("casesui.consentForm.purposeScope", p, serviceName.apply(scope));
  }

  /** The language's name in the UI language for tk, ru and en; the code for any other. */
  String languageName(String code) {
    return switch (code) {
      case "tk" -> m.text("screening.language.tk");
      case "ru" -> m.text("screening.language.ru");
      case "en" -> m.text("screening.language.en");
      default -> code;
    };
  }

  private LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, zone);
  }

  private String time(Instant at) {
    return TIME.format(at.atZone(zone));
  }
}
