package org.depder.domain.cases;

import java.util.Map;
import java.util.Optional;

/**
 * The referral lifecycle (issue 7 item 3): proposed → sent → accepted or declined → service
 * delivered → closed. Any open referral can be cancelled (closed without service); a closed one is
 * final.
 */
public enum ReferralState {
  PROPOSED,
  SENT,
  ACCEPTED,
  DECLINED,
  SERVICE_DELIVERED,
  CLOSED;

  /** What a user or the receiving service can do to a referral. */
  public enum Action {
    SEND,
    ACCEPT,
    DECLINE,
    DELIVER,
    CLOSE,
    CANCEL
  }

  private static final Map<ReferralState, Map<Action, ReferralState>> NEXT =
      Map.of(
          PROPOSED, Map.of(Action.SEND, SENT, Action.CANCEL, CLOSED),
          SENT, Map.of(Action.ACCEPT, ACCEPTED, Action.DECLINE, DECLINED, Action.CANCEL, CLOSED),
          ACCEPTED, Map.of(Action.DELIVER, SERVICE_DELIVERED, Action.CANCEL, CLOSED),
          DECLINED, Map.of(Action.CLOSE, CLOSED),
          SERVICE_DELIVERED, Map.of(Action.CLOSE, CLOSED),
          CLOSED, Map.of());

  /** The state after {@code action}, or empty when the action is not allowed here. */
  public Optional<ReferralState> after(Action action) {
    return Optional.ofNullable(NEXT.get(this).get(action));
  }

  /** Once sent, the packet has left: what was shared is on record. */
  public boolean shared() {
    return this != PROPOSED;
  }
}
