package org.depder.app.cases;

import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.ClosureReason;
import org.depder.domain.cases.ConsentGate;
import org.depder.domain.cases.ContactMethod;
import org.depder.domain.cases.DeclineReason;
import org.depder.domain.cases.GateRefusal;
import org.depder.domain.cases.ReferralState;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.cases.Sex;
import org.depder.domain.cases.Urgency;
import org.depder.domain.reference.ServiceCategory;

/**
 * The i18n keys of referrals, services, the consent gate's answers and the referral letter; age
 * band, sex and urgency reuse the screening's labels, since the values are the same.
 */
public final class ReferralLabels {
  public static final String AGE_UNKNOWN = "cases.ageBand.unknown";
  public static final String ERROR_SERVICES_UNAVAILABLE = "cases.error.servicesUnavailable";
  public static final String ERROR_UNKNOWN_SERVICE = "cases.error.unknownService";
  public static final String ERROR_LETTER_NOT_WRITTEN = "cases.error.letterNotWritten";
  public static final String ERROR_ILLEGAL_TRANSITION = "cases.error.illegalTransition";
  public static final String LETTER_TITLE = "cases.letter.title";
  public static final String LETTER_TO = "cases.letter.to";
  public static final String LETTER_DATE = "cases.letter.date";
  public static final String LETTER_CASE_NUMBER = "cases.letter.caseNumber";
  public static final String LETTER_AGE_BAND = "cases.letter.ageBand";
  public static final String LETTER_SEX = "cases.letter.sex";
  public static final String LETTER_LANGUAGE = "cases.letter.language";
  public static final String LETTER_NEEDS = "cases.letter.needs";
  public static final String LETTER_URGENCY = "cases.letter.urgency";
  public static final String LETTER_CONTACT = "cases.letter.contact";
  public static final String LETTER_CONFIDENTIAL = "cases.letter.confidential";
  public static final String LETTER_PERSON_COPY = "cases.letter.personCopy";
  public static final String LETTER_FOOTER = "cases.letter.footer";

  private ReferralLabels() {}

  public static String referralState(ReferralState value) {
    return switch (value) {
      case PROPOSED -> "cases.referral.state.proposed";
      case SENT -> "cases.referral.state.sent";
      case ACCEPTED -> "cases.referral.state.accepted";
      case DECLINED -> "cases.referral.state.declined";
      case SERVICE_DELIVERED -> "cases.referral.state.serviceDelivered";
      case CLOSED -> "cases.referral.state.closed";
    };
  }

  public static String declineReason(DeclineReason value) {
    return switch (value) {
      case NO_CAPACITY -> "cases.referral.decline.noCapacity";
      case NOT_ELIGIBLE -> "cases.referral.decline.notEligible";
      case SERVICE_NOT_OFFERED -> "cases.referral.decline.serviceNotOffered";
      case OUTSIDE_AREA -> "cases.referral.decline.outsideArea";
      case PERSON_NOT_REACHABLE -> "cases.referral.decline.personNotReachable";
      case PERSON_DECLINED -> "cases.referral.decline.personDeclined";
      case OTHER -> "cases.referral.decline.other";
    };
  }

  public static String closureReason(ClosureReason value) {
    return switch (value) {
      case COMPLETED -> "cases.referral.closure.completed";
      case DECLINED -> "cases.referral.closure.declined";
      case CANCELLED -> "cases.referral.closure.cancelled";
      case CONSENT_WITHDRAWN -> "cases.referral.closure.consentWithdrawn";
    };
  }

  public static String gateRefusal(GateRefusal value) {
    return switch (value) {
      case NO_CONSENT -> "cases.gate.noConsent";
      case CONSENT_REFUSED -> "cases.gate.consentRefused";
      case CONSENT_WITHDRAWN -> "cases.gate.consentWithdrawn";
      case CHILD_NEEDS_GUARDIAN_OR_BEST_INTERESTS -> "cases.gate.childNeedsGuardianOrBestInterests";
      case CASE_CLOSED -> "cases.gate.caseClosed";
    };
  }

  public static String gateBasis(ConsentGate.Basis value) {
    return switch (value) {
      case PERSON_CONSENT -> "cases.gate.basis.personConsent";
      case GUARDIAN_CONSENT -> "cases.gate.basis.guardianConsent";
      case BEST_INTERESTS_DECISION -> "cases.gate.basis.bestInterestsDecision";
    };
  }

  public static String need(ServiceNeed value) {
    return switch (value) {
      case SHELTER -> "cases.need.shelter";
      case MEDICAL -> "cases.need.medical";
      case PSYCHOLOGICAL -> "cases.need.psychological";
      case LEGAL -> "cases.need.legal";
      case INTERPRETATION -> "cases.need.interpretation";
      case VOCATIONAL_TRAINING -> "cases.need.vocationalTraining";
      case INCOME_GENERATION -> "cases.need.incomeGeneration";
      case SCHOOLING -> "cases.need.schooling";
      case HOUSING -> "cases.need.housing";
      case FAMILY_REUNIFICATION -> "cases.need.familyReunification";
      case CHILD_PROTECTION -> "cases.need.childProtection";
      case RETURN_ASSISTANCE -> "cases.need.returnAssistance";
    };
  }

  public static String serviceCategory(ServiceCategory value) {
    return switch (value) {
      case SHELTER -> "cases.service.shelter";
      case HOTLINE -> "cases.service.hotline";
      case MEDICAL -> "cases.service.medical";
      case PSYCHOLOGICAL -> "cases.service.psychological";
      case LEGAL -> "cases.service.legal";
      case INTERNATIONAL_ORGANISATION -> "cases.service.internationalOrganisation";
      case NGO -> "cases.service.ngo";
      case CONSULATE -> "cases.service.consulate";
      case CHILD_PROTECTION -> "cases.service.childProtection";
      case SOCIAL_SERVICES -> "cases.service.socialServices";
    };
  }

  public static String contactMethod(ContactMethod value) {
    return switch (value) {
      case THROUGH_REFERRING_WORKER -> "cases.contact.throughReferringWorker";
      case ACCOMPANIED_VISIT -> "cases.contact.accompaniedVisit";
      case PHONE_AGREED_NUMBER -> "cases.contact.phoneAgreedNumber";
      case PERSON_WILL_CALL -> "cases.contact.personWillCall";
    };
  }

  /** Age bands share the screening's labels; only "not known" is the case model's own. */
  public static String ageBand(AgeBand value) {
    return switch (value) {
      case UNDER_14 -> "screening.ageBand.under14";
      case FROM_14_TO_17 -> "screening.ageBand.from14to17";
      case FROM_18_TO_25 -> "screening.ageBand.from18to25";
      case FROM_26_TO_40 -> "screening.ageBand.from26to40";
      case FROM_41_TO_60 -> "screening.ageBand.from41to60";
      case OVER_60 -> "screening.ageBand.over60";
      case UNKNOWN -> AGE_UNKNOWN;
    };
  }

  public static String sex(Sex value) {
    return switch (value) {
      case FEMALE -> "screening.sex.female";
      case MALE -> "screening.sex.male";
      case OTHER -> "screening.sex.other";
      case UNKNOWN -> "screening.sex.unknown";
    };
  }

  public static String urgency(Urgency value) {
    return switch (value) {
      case IMMEDIATE -> "screening.urgency.immediate";
      case WITHIN_THREE_DAYS -> "screening.urgency.days";
      case ROUTINE -> "screening.urgency.routine";
    };
  }
}
