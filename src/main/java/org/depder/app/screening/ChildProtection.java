package org.depder.app.screening;

import java.util.Objects;

/**
 * For the child path: whether a guardian or child-protection officer was informed and present
 * (UNICEF, DOMAIN 1.7), and who. The officer is staff, not the child, so the name is not person
 * data of the interviewee.
 */
public record ChildProtection(boolean officerInformed, boolean officerPresent, String officerName) {
  public ChildProtection {
    Objects.requireNonNull(officerName, "officerName");
  }

  public static ChildProtection none() {
    return new ChildProtection(false, false, "");
  }
}
