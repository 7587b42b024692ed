package org.depder.domain.cases;

/** What a line on the "due today and overdue" list asks the user to do. */
public enum DueKind {
  REPATRIATION_TASK,
  FOLLOW_UP_VISIT,
  PLAN_GOAL,
  REFERRAL_TO_SEND,
  REFERRAL_AWAITING_REPLY,
  REFERRAL_OUTCOME_TO_REVIEW,
  TRANSFER_TO_ACCEPT
}
