package org.depder.app.cases;

import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.CaseStatus;
import org.depder.domain.cases.ClaimRoute;
import org.depder.domain.cases.ClaimStatus;
import org.depder.domain.cases.ConsentForm;
import org.depder.domain.cases.ConsentGiver;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.Cooperation;
import org.depder.domain.cases.DueKind;
import org.depder.domain.cases.DueStatus;
import org.depder.domain.cases.GoalState;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.ProceedingsStatus;
import org.depder.domain.cases.RepatriationTaskKind;
import org.depder.domain.cases.Stage;
import org.depder.domain.cases.TaskState;
import org.depder.domain.cases.TransferState;

/**
 * The i18n key of every value of the case model (stages, statuses, consents, tasks, proceedings,
 * rules): one literal per key, so that the key-usage check sees each of them (keys are never
 * assembled). Referral and letter labels are in {@link ReferralLabels}.
 */
public final class CaseLabels {
  public static final String COOPERATION_HINT = "cases.cooperation.hint";

  private CaseLabels() {}

  public static String stage(Stage value) {
    return switch (value) {
      case IDENTIFICATION -> "cases.stage.identification";
      case FORMAL_IDENTIFICATION -> "cases.stage.formalIdentification";
      case RECOVERY_AND_REFLECTION -> "cases.stage.recoveryAndReflection";
      case ASSISTANCE_AND_PROTECTION -> "cases.stage.assistanceAndProtection";
      case RETURN -> "cases.stage.return";
      case REINTEGRATION -> "cases.stage.reintegration";
      case PROCEEDINGS -> "cases.stage.proceedings";
      case COMPENSATION -> "cases.stage.compensation";
      case CLOSURE -> "cases.stage.closure";
    };
  }

  public static String status(CaseStatus value) {
    return switch (value) {
      case ACTIVE -> "cases.status.active";
      case FOLLOW_UP -> "cases.status.followUp";
      case CLOSED -> "cases.status.closed";
      case CLOSED_REFERRED -> "cases.status.closedReferred";
    };
  }

  public static String route(OpeningRoute value) {
    return switch (value) {
      case SCREENING -> "cases.route.screening";
      case SOCIAL_WORKER -> "cases.route.socialWorker";
      case CONSULAR_OFFICER -> "cases.route.consularOfficer";
    };
  }

  public static String consentPurpose(ConsentPurpose value) {
    return switch (value) {
      case SCREENING -> "cases.consent.purpose.screening";
      case REFERRAL -> "cases.consent.purpose.referral";
      case DATA_SHARING -> "cases.consent.purpose.dataSharing";
      case LAW_ENFORCEMENT_CONTACT -> "cases.consent.purpose.lawEnforcementContact";
      case FAMILY_CONTACT -> "cases.consent.purpose.familyContact";
      case RETURN -> "cases.consent.purpose.return";
    };
  }

  public static String consentGiver(ConsentGiver value) {
    return switch (value) {
      case PERSON -> "cases.consent.givenBy.person";
      case GUARDIAN -> "cases.consent.givenBy.guardian";
    };
  }

  public static String consentForm(ConsentForm value) {
    return switch (value) {
      case ORAL_WITNESSED -> "cases.consent.form.oralWitnessed";
      case SIGNED -> "cases.consent.form.signed";
      case THUMBPRINT -> "cases.consent.form.thumbprint";
    };
  }

  public static String repatriationTask(RepatriationTaskKind value) {
    return switch (value) {
      case TRAVEL_DOCUMENT -> "cases.repatriation.travelDocument";
      case PRE_RETURN_RISK_ASSESSMENT -> "cases.repatriation.preReturnRiskAssessment";
      case ESCORT -> "cases.repatriation.escort";
      case HAND_OVER -> "cases.repatriation.handOver";
    };
  }

  public static String taskState(TaskState value) {
    return switch (value) {
      case OPEN -> "cases.task.open";
      case DONE -> "cases.task.done";
      case CANCELLED -> "cases.task.cancelled";
    };
  }

  public static String goalState(GoalState value) {
    return switch (value) {
      case PLANNED -> "cases.goal.planned";
      case IN_PROGRESS -> "cases.goal.inProgress";
      case ACHIEVED -> "cases.goal.achieved";
      case DROPPED -> "cases.goal.dropped";
    };
  }

  public static String dueKind(DueKind value) {
    return switch (value) {
      case REPATRIATION_TASK -> "cases.due.repatriationTask";
      case FOLLOW_UP_VISIT -> "cases.due.followUpVisit";
      case PLAN_GOAL -> "cases.due.planGoal";
      case REFERRAL_TO_SEND -> "cases.due.referralToSend";
      case REFERRAL_AWAITING_REPLY -> "cases.due.referralAwaitingReply";
      case REFERRAL_OUTCOME_TO_REVIEW -> "cases.due.referralOutcomeToReview";
      case TRANSFER_TO_ACCEPT -> "cases.due.transferToAccept";
    };
  }

  public static String dueStatus(DueStatus value) {
    return switch (value) {
      case UPCOMING -> "cases.dueStatus.upcoming";
      case DUE_TODAY -> "cases.dueStatus.dueToday";
      case OVERDUE -> "cases.dueStatus.overdue";
      case DONE -> "cases.dueStatus.done";
    };
  }

  public static String cooperation(Cooperation value) {
    return switch (value) {
      case NOT_ASKED -> "cases.cooperation.notAsked";
      case UNDECIDED -> "cases.cooperation.undecided";
      case COOPERATING -> "cases.cooperation.cooperating";
      case NOT_COOPERATING -> "cases.cooperation.notCooperating";
    };
  }

  public static String proceedingsStatus(ProceedingsStatus value) {
    return switch (value) {
      case NONE -> "cases.proceedings.none";
      case REPORTED -> "cases.proceedings.reported";
      case UNDER_INVESTIGATION -> "cases.proceedings.underInvestigation";
      case IN_COURT -> "cases.proceedings.inCourt";
      case CONVICTION -> "cases.proceedings.conviction";
      case ACQUITTAL -> "cases.proceedings.acquittal";
      case DISCONTINUED -> "cases.proceedings.discontinued";
    };
  }

  public static String claimRoute(ClaimRoute value) {
    return switch (value) {
      case CIVIL_CLAIM_IN_CRIMINAL_CASE -> "cases.claim.route.civilClaimInCriminalCase";
      case CIVIL_LAWSUIT -> "cases.claim.route.civilLawsuit";
      case STATE_SCHEME -> "cases.claim.route.stateScheme";
      case OTHER -> "cases.claim.route.other";
    };
  }

  public static String claimStatus(ClaimStatus value) {
    return switch (value) {
      case PREPARING -> "cases.claim.status.preparing";
      case FILED -> "cases.claim.status.filed";
      case AWARDED -> "cases.claim.status.awarded";
      case PARTLY_AWARDED -> "cases.claim.status.partlyAwarded";
      case REJECTED -> "cases.claim.status.rejected";
      case PAID -> "cases.claim.status.paid";
      case WITHDRAWN -> "cases.claim.status.withdrawn";
    };
  }

  public static String transferState(TransferState value) {
    return switch (value) {
      case REQUESTED -> "cases.transfer.requested";
      case ACCEPTED -> "cases.transfer.accepted";
      case DECLINED -> "cases.transfer.declined";
      case CANCELLED -> "cases.transfer.cancelled";
    };
  }

  public static String rule(CaseRuleException.Code value) {
    return switch (value) {
      case SCREENING_OUTCOME_BELOW_RISK -> "cases.rule.screeningOutcomeBelowRisk";
      case CASE_CLOSED -> "cases.rule.caseClosed";
      case TRANSFER_WITHOUT_TARGET -> "cases.rule.transferWithoutTarget";
      case HAND_OVER_WITHOUT_RECEIVER -> "cases.rule.handOverWithoutReceiver";
      case NOT_THE_RECEIVER -> "cases.rule.notTheReceiver";
      case TASK_NOT_OPEN -> "cases.rule.taskNotOpen";
      case CONSENT_NOT_GIVEN -> "cases.rule.consentNotGiven";
      case CONSENT_ALREADY_WITHDRAWN -> "cases.rule.consentAlreadyWithdrawn";
      case REASON_REQUIRED -> "cases.rule.reasonRequired";
      case INVALID_SCHEDULE -> "cases.rule.invalidSchedule";
      case INVALID_AMOUNT -> "cases.rule.invalidAmount";
    };
  }

  /** The text of a refusal by the case service (block {@code # --- cases service ---}). */
  public static String serviceError(CaseServiceException.Code value) {
    return switch (value) {
      case NOT_FOUND -> "cases.service.notFound";
      case SCREENING_NOT_FOUND -> "cases.service.screeningNotFound";
      case SCREENING_NOT_FINALISED -> "cases.service.screeningNotFinalised";
      case SCREENING_WITHOUT_OUTCOME -> "cases.service.screeningWithoutOutcome";
      case STORE_FAILED -> "cases.service.storeFailed";
      case ROLE_NOT_ALLOWED -> "cases.service.roleNotAllowed";
      case NOT_A_CHILD -> "cases.service.notAChild";
    };
  }
}
