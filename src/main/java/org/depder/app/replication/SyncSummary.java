package org.depder.app.replication;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of sync at a glance.
 *
 * @param serverPinned whether the server's keys are known (enrolment done); without them nothing
 *     can be exported
 * @param pending revisions waiting to go into a bundle
 * @param sent revisions sent or exported without a receipt yet
 * @param failed revisions whose last attempt failed
 * @param lastExport when the last bundle left this device, if ever
 * @param lastImport when the last bundle or receipt was applied, if ever
 */
public record SyncSummary(
    boolean serverPinned,
    int pending,
    int sent,
    int failed,
    Optional<Instant> lastExport,
    Optional<Instant> lastImport) {}
