package org.depder.domain.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Hands a case to another worker or region (issue 7 item 8). Nothing changes hands until the
 * receiver accepts: a named receiver must accept it themselves; a transfer to a region is accepted
 * by a worker there (the app checks their region), who becomes the owner.
 */
public record Transfer(
    UUID id,
    UUID caseId,
    String fromOwner,
    Optional<String> toOwner,
    Optional<String> toRegion,
    String reason,
    Instant requestedAt,
    String requestedBy,
    TransferState state,
    Optional<Instant> respondedAt,
    Optional<String> respondedBy) {
  public static final String ENTITY_TYPE = "case_transfer";

  public Transfer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(fromOwner, "fromOwner");
    Objects.requireNonNull(toOwner, "toOwner");
    Objects.requireNonNull(toRegion, "toRegion");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(respondedAt, "respondedAt");
    Objects.requireNonNull(respondedBy, "respondedBy");
    if (toOwner.isEmpty() && toRegion.isEmpty()) {
      throw new CaseRuleException(CaseRuleException.Code.TRANSFER_WITHOUT_TARGET);
    }
  }

  public static Transfer request(
      UUID id,
      Case c,
      Optional<String> toOwner,
      Optional<String> toRegion,
      String reason,
      Instant at,
      String by) {
    c.requireOpen();
    return new Transfer(
        id,
        c.id(),
        c.ownerId(),
        toOwner,
        toRegion,
        reason,
        at,
        by,
        TransferState.REQUESTED,
        Optional.empty(),
        Optional.empty());
  }

  /** The accepted transfer and the case with its new owner (and region, if one was named). */
  public record Accepted(Transfer transfer, Case moved) {}

  public Accepted accept(Case c, Instant at, String by) {
    if (!c.id().equals(caseId)) {
      throw new IllegalArgumentException("transfer of another case");
    }
    if (toOwner.isPresent() && !toOwner.get().equals(by)) {
      throw new CaseRuleException(CaseRuleException.Code.NOT_THE_RECEIVER);
    }
    Transfer done = respond(TransferState.Action.ACCEPT, at, by);
    return new Accepted(done, c.transferredTo(by, toRegion.orElse(c.region())));
  }

  public Transfer decline(Instant at, String by) {
    if (toOwner.isPresent() && !toOwner.get().equals(by)) {
      throw new CaseRuleException(CaseRuleException.Code.NOT_THE_RECEIVER);
    }
    return respond(TransferState.Action.DECLINE, at, by);
  }

  public Transfer cancel(Instant at, String by) {
    return respond(TransferState.Action.CANCEL, at, by);
  }

  private Transfer respond(TransferState.Action action, Instant at, String by) {
    TransferState next =
        state.after(action).orElseThrow(() -> new IllegalTransitionException(state, action));
    return new Transfer(
        id,
        caseId,
        fromOwner,
        toOwner,
        toRegion,
        reason,
        requestedAt,
        requestedBy,
        next,
        Optional.of(at),
        Optional.of(by));
  }

  public FieldMap toFields() {
    return FieldMap.builder()
        .id("id", id)
        .id("caseId", caseId)
        .text("fromOwner", fromOwner)
        .text("toOwner", toOwner)
        .text("toRegion", toRegion)
        .nonEmpty("reason", reason)
        .instant("requestedAt", requestedAt)
        .text("requestedBy", requestedBy)
        .enumValue("state", state)
        .instant("respondedAt", respondedAt)
        .text("respondedBy", respondedBy)
        .build();
  }

  public static Transfer fromFields(FieldMap f) {
    return new Transfer(
        f.id("id"),
        f.id("caseId"),
        f.text("fromOwner"),
        f.optText("toOwner"),
        f.optText("toRegion"),
        f.textOrEmpty("reason"),
        f.instant("requestedAt"),
        f.text("requestedBy"),
        f.enumValue("state", TransferState.class),
        f.optInstant("respondedAt"),
        f.optText("respondedBy"));
  }

  @Override
  public String toString() {
    return "Transfer[" + id + ", " + state + "]";
  }
}
