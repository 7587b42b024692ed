package org.depder.server.core;

import java.util.Objects;

/**
 * Something the audit trail records. Fields hold ids, role and post codes and reason codes only:
 * never personal data, never an enrolment code.
 *
 * @param actor who did it: {@code admin-cli}, a device id, or {@code server}
 * @param action a stable code such as {@code device.enrolled}
 * @param subject the id acted on (a device id, a code id)
 * @param detail short structured detail such as {@code role=screener post=AG-01}
 */
public record AuditEvent(String actor, String action, String subject, String detail) {
  public AuditEvent {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(detail, "detail");
  }
}
