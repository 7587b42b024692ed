package org.depder.app.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.depder.domain.cases.BestInterestsDecision;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.ConsentPurpose;

/**
 * Best-interests decisions of {@link CaseService}. Only for a child's case: the consent gate never
 * counts one for an adult, and recording it would suggest otherwise.
 */
final class BestInterests {
  private final CaseService cases;
  private final CaseWriter writer;

  BestInterests(CaseService cases) {
    this.cases = cases;
    this.writer = cases.writer();
  }

  BestInterestsDecision record(UUID caseId, ConsentPurpose purpose, String scope, String reason)
      throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Case c = cases.load(caseId).value();
    CaseService.requireOpen(c);
    if (!c.child()) {
      throw new CaseServiceException(CaseServiceException.Code.NOT_A_CHILD);
    }
    BestInterestsDecision d =
        new BestInterestsDecision(
            cases.nextId(),
            caseId,
            purpose,
            scope,
            cases.now(),
            writer.user(),
            reason,
            Optional.empty());
    writer.create(BestInterestsDecision.ENTITY_TYPE, d.id(), d.toFields());
    return d;
  }

  BestInterestsDecision revoke(UUID decisionId) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    BestInterestsDecision d =
        writer
            .load(decisionId, BestInterestsDecision.ENTITY_TYPE, BestInterestsDecision::fromFields)
            .value();
    CaseService.requireOpen(cases.load(d.caseId()).value());
    if (!d.inForce()) {
      return d;
    }
    BestInterestsDecision revoked = d.revoke(cases.now());
    writer.write(BestInterestsDecision.ENTITY_TYPE, decisionId, revoked.toFields(), d.toFields());
    return revoked;
  }

  List<BestInterestsDecision> of(UUID caseId) throws CaseServiceException {
    return cases
        .parts(caseId, BestInterestsDecision.ENTITY_TYPE, BestInterestsDecision::fromFields)
        .stream()
        .map(CaseRecords.Stored::value)
        .sorted(
            Comparator.comparing(BestInterestsDecision::decidedAt)
                .thenComparing(BestInterestsDecision::id))
        .toList();
  }
}
