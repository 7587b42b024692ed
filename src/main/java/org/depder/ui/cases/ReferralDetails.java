package org.depder.ui.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralPacket;
import org.depder.domain.cases.ReferralState;

/**
 * The text of one selected referral in the UI language: every step with its date and who did or
 * recorded it, the reply deadline, the outcome to review, and the packet the service receives
 * (exactly its fields, nothing else). Pure: no JavaFX, so it is tested without a screen.
 */
final class ReferralDetails {
  private final Messages m;
  private final ZoneId zone;
  private final UnaryOperator<String> serviceName;

  /**
   * @param zone the zone in which instants become days ({@code CaseTasks.ZONE})
   */
  ReferralDetails(Messages m, ZoneId zone, UnaryOperator<String> serviceName) {
    this.m = m;
    this.zone = zone;
    this.serviceName = serviceName;
  }

  /**
   * @param names display names of users by id; an unknown id is shown as it is
   * @param today the day in {@code zone}, for the overdue marker
   */
  List<String> steps(Referral r, Map<String, String> names, LocalDate today) {
    UnaryOperator<String> who = id -> names.getOrDefault(id, id);
    List<String> lines = new ArrayList<>();
    lines.add(
        m.text(
            "casesui.referral.step.proposed",
            serviceName.apply(r.serviceId()),
            day(r.proposedAt()),
            who.apply(r.proposedBy())));
    r.sentAt()
        .ifPresent(
            at ->
                lines.add(
                    m.text(
                        "casesui.referral.step.sent", day(at), who.apply(r.sentBy().orElse("")))));
    r.replyDue(zone)
        .filter(due -> r.state() == ReferralState.SENT)
        .ifPresent(
            due ->
                lines.add(
                    m.text(
                        due.isBefore(today)
                            ? "casesui.referral.step.replyOverdue"
                            : "casesui.referral.step.replyDue",
                        m.date(due))));
    r.respondedAt()
        .ifPresent(
            at -> {
              String by = who.apply(r.respondedBy().orElse(""));
              lines.add(
                  r.declineReason()
                      .map(
                          reason ->
                              m.text(
                                  "casesui.referral.step.declined",
                                  day(at),
                                  by,
                                  m.text(ReferralLabels.declineReason(reason))))
                      .orElseGet(() -> m.text("casesui.referral.step.accepted", day(at), by)));
            });
    r.deliveredAt().ifPresent(at -> lines.add(m.text("casesui.referral.step.delivered", day(at))));
    if (!r.outcomeNote().isBlank()) {
      lines.add(m.text("casesui.referral.step.note", r.outcomeNote()));
    }
    r.closedAt()
        .ifPresent(
            at ->
                lines.add(
                    m.text(
                        "casesui.referral.step.closed",
                        day(at),
                        r.closureReason()
                            .map(c -> m.text(ReferralLabels.closureReason(c)))
                            .orElse(""))));
    r.sharingStoppedAt()
        .ifPresent(at -> lines.add(m.text("casesui.referral.step.sharingStopped", day(at))));
    if (r.state() == ReferralState.DECLINED || r.state() == ReferralState.SERVICE_DELIVERED) {
      lines.add(m.text("casesui.referral.outcomeToReview"));
    }
    return lines;
  }

  /**
   * The packet: the one that left when the referral was sent, else the one that would leave now.
   * Only the packet's own fields are printed, so the preview cannot show more than is shared.
   */
  List<String> packet(Referral r, ReferralPacket packet) {
    List<String> lines = new ArrayList<>();
    lines.add(
        r.sentAt()
            .map(at -> m.text("casesui.referral.packet.shared", day(at)))
            .orElseGet(() -> m.text("casesui.referral.packet.willShare")));
    lines.add(m.text(ReferralLabels.LETTER_TO, serviceName.apply(packet.serviceId())));
    field(lines, ReferralLabels.LETTER_CASE_NUMBER, packet.caseNumber());
    field(lines, ReferralLabels.LETTER_AGE_BAND, m.text(ReferralLabels.ageBand(packet.ageBand())));
    field(lines, ReferralLabels.LETTER_SEX, m.text(ReferralLabels.sex(packet.sex())));
    field(
        lines,
        ReferralLabels.LETTER_LANGUAGE,
        Language.fromCode(packet.language())
            .map(Language::nativeName)
            .orElse(packet.language().toUpperCase(Locale.ROOT)));
    List<String> needs =
        packet.needs().stream().sorted().map(n -> m.text(ReferralLabels.need(n))).toList();
    field(lines, ReferralLabels.LETTER_NEEDS, needs.isEmpty() ? "—" : String.join(", ", needs));
    field(lines, ReferralLabels.LETTER_URGENCY, m.text(ReferralLabels.urgency(packet.urgency())));
    String contact = m.text(ReferralLabels.contactMethod(packet.contactMethod()));
    if (!packet.contactDetail().isBlank()) {
      contact = contact + ": " + packet.contactDetail();
    }
    field(lines, ReferralLabels.LETTER_CONTACT, contact);
    return lines;
  }

  private void field(List<String> lines, String labelKey, String value) {
    lines.add(m.text(labelKey) + ": " + value); // as the letter prints it
  }

  private String day(Instant at) {
    return m.date(LocalDate.ofInstant(at, zone));
  }
}
