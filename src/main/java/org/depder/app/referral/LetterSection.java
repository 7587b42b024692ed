package org.depder.app.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.domain.cases.ReferralPacket;
import org.depder.domain.reference.ServiceEntry;

/**
 * The lines of one language's section of the referral letter, made from the packet alone: this
 * class is the only place that decides what the letter says, and it has nothing but the packet, the
 * addressee and the date to say it with.
 */
final class LetterSection {
  /** One line: a heading, a paragraph, a label with its value, or a small note. */
  record Line(Kind kind, String label, String value) {}

  enum Kind {
    TITLE,
    SUBTITLE,
    TEXT,
    FIELD,
    NOTE
  }

  private LetterSection() {}

  static List<Line> lines(
      ReferralPacket packet,
      ServiceEntry service,
      java.time.LocalDate issued,
      Language language,
      boolean personCopy) {
    Messages m = Messages.load(language);
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(Kind.TITLE, m.text(ReferralLabels.LETTER_TITLE), ""));
    if (personCopy) {
      lines.add(new Line(Kind.SUBTITLE, m.text(ReferralLabels.LETTER_PERSON_COPY), ""));
    }
    lines.add(
        new Line(
            Kind.TEXT, m.text(ReferralLabels.LETTER_TO, service.name().in(language.code())), ""));
    lines.add(new Line(Kind.TEXT, m.text(ReferralLabels.LETTER_DATE, m.date(issued)), ""));
    field(lines, m, ReferralLabels.LETTER_CASE_NUMBER, packet.caseNumber());
    field(
        lines, m, ReferralLabels.LETTER_AGE_BAND, m.text(ReferralLabels.ageBand(packet.ageBand())));
    field(lines, m, ReferralLabels.LETTER_SEX, m.text(ReferralLabels.sex(packet.sex())));
    field(lines, m, ReferralLabels.LETTER_LANGUAGE, languageName(packet.language()));
    field(
        lines, m, ReferralLabels.LETTER_URGENCY, m.text(ReferralLabels.urgency(packet.urgency())));
    String contact = m.text(ReferralLabels.contactMethod(packet.contactMethod()));
    if (!packet.contactDetail().isBlank()) {
      contact = contact + ": " + packet.contactDetail();
    }
    field(lines, m, ReferralLabels.LETTER_CONTACT, contact);
    List<String> needs =
        packet.needs().stream().sorted().map(n -> m.text(ReferralLabels.need(n))).toList();
    field(lines, m, ReferralLabels.LETTER_NEEDS, needs.isEmpty() ? "—" : String.join(", ", needs));
    lines.add(new Line(Kind.NOTE, m.text(ReferralLabels.LETTER_CONFIDENTIAL), ""));
    return lines;
  }

  /** The person's language by its own name when it is one of ours, else its ISO code. */
  static String languageName(String code) {
    Optional<Language> known = Language.fromCode(code);
    return known.map(Language::nativeName).orElse(code.toUpperCase(java.util.Locale.ROOT));
  }

  private static void field(List<Line> lines, Messages m, String labelKey, String value) {
    lines.add(new Line(Kind.FIELD, m.text(labelKey), value));
  }
}
