package org.depder.ui.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depder.app.cases.CaseLabels;
import org.depder.app.i18n.Messages;
import org.depder.domain.cases.ClaimStatus;
import org.depder.domain.cases.CompensationClaim;
import org.depder.domain.cases.Cooperation;
import org.depder.domain.cases.Proceedings;
import org.depder.domain.cases.ProceedingsStatus;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The proceedings tab's texts in the UI language: labels, dates, amounts and user names only; the
 * note on the proceedings is stored and never shown in a line.
 */
final class ProceedingsLines {
  private final Messages m;
  private final ZoneId zone;

  ProceedingsLines(Messages m, ZoneId zone) {
    this.m = m;
    this.zone = zone;
  }

  /**
   * The recorded choice, when and by whom. The proceedings keep one "last changed by": the name is
   * shown only when that last change was this choice, else just the date.
   */
  String cooperation(Optional<Proceedings> stored, Map<String, String> names) {
    if (stored.isEmpty() || stored.get().cooperationRecordedAt().isEmpty()) {
      return m.text(
          "casesui.cooperation.current", m.text(CaseLabels.cooperation(Cooperation.NOT_ASKED)));
    }
    Proceedings p = stored.get();
    String choice = m.text(CaseLabels.cooperation(p.cooperation()));
    var at = p.cooperationRecordedAt().get();
    String date = m.date(LocalDate.ofInstant(at, zone));
    return at.equals(p.updatedAt())
        ? m.text(
            "casesui.cooperation.recordedBy",
            choice,
            date,
            names.getOrDefault(p.updatedBy(), p.updatedBy()))
        : m.text("casesui.cooperation.recordedOn", choice, date);
  }

  /** The status and since when, and the last change to the proceedings with who made it. */
  String status(Optional<Proceedings> stored, Map<String, String> names) {
    if (stored.isEmpty() || stored.get().statusSince().isEmpty()) {
      return m.text(CaseLabels.proceedingsStatus(ProceedingsStatus.NONE));
    }
    Proceedings p = stored.get();
    return m.text(
        "casesui.proceedings.current",
        m.text(CaseLabels.proceedingsStatus(p.status())),
        m.date(p.statusSince().get()),
        m.date(LocalDate.ofInstant(p.updatedAt(), zone)),
        names.getOrDefault(p.updatedBy(), p.updatedBy()));
  }

  /** One line per claim; one line without an id saying there is none yet. */
  List<Line> claims(List<CompensationClaim> claims) {
    List<Line> lines = new ArrayList<>();
    for (CompensationClaim c : claims) {
      List<String> parts = new ArrayList<>();
      parts.add(
          m.text(
              "casesui.claim.item",
              m.text(CaseLabels.claimRoute(c.route())),
              m.text(CaseLabels.claimStatus(c.status())),
              money(c.claimedMinor(), c),
              c.filedOn().map(m::date).orElse("")));
      if (c.awardedMinor().isPresent() && c.decidedOn().isPresent()) {
        parts.add(
            m.text(
                "casesui.claim.itemAwarded",
                money(c.awardedMinor().get(), c),
                m.date(c.decidedOn().get())));
      } else if (c.decidedOn().isPresent()) {
        parts.add(
            m.text(
                c.status() == ClaimStatus.WITHDRAWN
                    ? "casesui.claim.itemWithdrawn"
                    : "casesui.claim.itemDecided",
                m.date(c.decidedOn().get())));
      }
      c.paidMinor().ifPresent(p -> parts.add(m.text("casesui.claim.itemPaid", money(p, c))));
      lines.add(new Line(c.id(), String.join("; ", parts)));
    }
    if (lines.isEmpty()) {
      lines.add(new Line(null, m.text("casesui.claim.none")));
    }
    return lines;
  }

  private String money(long minor, CompensationClaim c) {
    return ClaimAmounts.format(m, minor, c.currency());
  }
}
