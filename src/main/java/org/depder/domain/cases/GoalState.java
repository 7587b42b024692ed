package org.depder.domain.cases;

/** Progress of one case-plan goal. */
public enum GoalState {
  PLANNED,
  IN_PROGRESS,
  ACHIEVED,
  DROPPED;

  public boolean open() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}
