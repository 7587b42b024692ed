package org.depder.domain.cases;

/** An action that the current state does not allow; names both, nothing else. */
public final class IllegalTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String from;
  private final String action;

  public IllegalTransitionException(Enum<?> from, Enum<?> action) {
    super(action.name() + " not allowed in " + from.name());
    this.from = from.name();
    this.action = action.name();
  }

  public String from() {
    return from;
  }

  public String action() {
    return action;
  }
}
