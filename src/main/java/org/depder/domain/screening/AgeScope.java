package org.depder.domain.screening;

/** Whether an item is shown to adults, children or both (skip logic, DOMAIN 6.2). */
public enum AgeScope {
  ALL,
  CHILD_ONLY,
  ADULT_ONLY;

  public boolean includes(boolean child) {
    return switch (this) {
      case ALL -> true;
      case CHILD_ONLY -> child;
      case ADULT_ONLY -> !child;
    };
  }
}
