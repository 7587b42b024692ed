package org.depder.domain.cases;

/** State of a dated task (repatriation tasks, plan goals use their own). */
public enum TaskState {
  OPEN,
  DONE,
  CANCELLED
}
