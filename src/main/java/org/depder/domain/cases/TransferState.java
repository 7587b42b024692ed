package org.depder.domain.cases;

import java.util.Optional;

/** A transfer waits for the receiver: requested → accepted | declined, or cancelled by sender. */
public enum TransferState {
  REQUESTED,
  ACCEPTED,
  DECLINED,
  CANCELLED;

  /** What can be done to a transfer. */
  public enum Action {
    ACCEPT,
    DECLINE,
    CANCEL
  }

  public Optional<TransferState> after(Action action) {
    if (this != REQUESTED) {
      return Optional.empty();
    }
    return Optional.of(
        switch (action) {
          case ACCEPT -> ACCEPTED;
          case DECLINE -> DECLINED;
          case CANCEL -> CANCELLED;
        });
  }
}
