package org.depder.domain.cases;

import java.util.List;

/**
 * The schema of the case entities' field maps, carried as {@code schemaVersion} by every revision
 * that writes them (docs/replication.md). A renamed field or enum constant is a new version; the
 * golden fixture {@code fixtures/case-fields-v1.json} keeps version 1 readable.
 */
public final class CaseSchema {
  public static final int VERSION = 1;

  /** Every entity type of the case model, as written into revisions. */
  public static final List<String> ENTITY_TYPES =
      List.of(
          Case.ENTITY_TYPE,
          StageEntry.ENTITY_TYPE,
          Consent.ENTITY_TYPE,
          BestInterestsDecision.ENTITY_TYPE,
          Referral.ENTITY_TYPE,
          RepatriationTask.ENTITY_TYPE,
          PlanGoal.ENTITY_TYPE,
          FollowUpVisit.ENTITY_TYPE,
          Proceedings.ENTITY_TYPE,
          CompensationClaim.ENTITY_TYPE,
          Transfer.ENTITY_TYPE);

  private CaseSchema() {}
}
