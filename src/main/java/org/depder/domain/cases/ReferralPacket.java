package org.depder.domain.cases;

import java.util.Objects;
import java.util.Set;

/**
 * The minimum a receiving service needs (DOMAIN 2.4; IOM data-protection principle 5): the
 * pseudonymous case number, age band, sex, language, needs, urgency and how to make contact. Never
 * the name, the birth date, the interview answers or the indicators. This record is what a letter
 * prints and what is kept as "shared" on the referral when it is sent.
 *
 * @param contactDetail what the contact method needs, e.g. the referring office's number; may be
 *     empty
 */
public record ReferralPacket(
    String caseNumber,
    String serviceId,
    AgeBand ageBand,
    Sex sex,
    String language,
    Set<ServiceNeed> needs,
    Urgency urgency,
    ContactMethod contactMethod,
    String contactDetail) {
  public ReferralPacket {
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(ageBand, "ageBand");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(language, "language");
    needs = Set.copyOf(needs);
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(contactMethod, "contactMethod");
    Objects.requireNonNull(contactDetail, "contactDetail");
  }

  /** The packet of {@code referral} for {@code c}: only the fields listed above are copied. */
  public static ReferralPacket of(Case c, Referral referral) {
    return new ReferralPacket(
        c.caseNumber(),
        referral.serviceId(),
        c.ageBand(),
        c.sex(),
        c.language(),
        referral.needs(),
        referral.urgency(),
        referral.contactMethod(),
        referral.contactDetail());
  }

  /** Written under {@code prefix} (e.g. {@code packet.}) into a referral's field map. */
  void write(FieldMap.Builder b, String prefix) {
    b.text(prefix + "caseNumber", caseNumber)
        .text(prefix + "serviceId", serviceId)
        .enumValue(prefix + "ageBand", ageBand)
        .enumValue(prefix + "sex", sex)
        .text(prefix + "language", language)
        .enumSet(prefix + "needs", needs)
        .enumValue(prefix + "urgency", urgency)
        .enumValue(prefix + "contactMethod", contactMethod)
        .nonEmpty(prefix + "contactDetail", contactDetail);
  }

  static ReferralPacket read(FieldMap f, String prefix) {
    return new ReferralPacket(
        f.text(prefix + "caseNumber"),
        f.text(prefix + "serviceId"),
        f.enumValue(prefix + "ageBand", AgeBand.class),
        f.enumValue(prefix + "sex", Sex.class),
        f.text(prefix + "language"),
        f.enumSet(prefix + "needs", ServiceNeed.class),
        f.enumValue(prefix + "urgency", Urgency.class),
        f.enumValue(prefix + "contactMethod", ContactMethod.class),
        f.textOrEmpty(prefix + "contactDetail"));
  }

  @Override
  public String toString() {
    return "ReferralPacket[" + serviceId + "]";
  }
}
