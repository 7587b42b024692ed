package org.depder.server.http;

import java.util.Objects;
import org.depder.server.auth.DeviceAuthentication;
import org.depder.server.distribution.Pull;
import org.depder.server.distribution.Receipts;
import org.depder.server.enrol.Enrolment;
import org.depder.server.enrol.ServerIdentity;
import org.depder.server.ingest.Ingest;
import org.depder.server.ingest.UploadService;
import org.depder.server.limits.DeviceLimiter;
import org.depder.server.reference.ReferenceLookup;

/**
 * What the handlers call: the use cases and a database reachability check. Tests pass fakes.
 *
 * @param databaseCheck returns normally when the database answers, throws a ServerException if not
 */
public record ApiServices(
    ServerIdentity identity,
    Enrolment enrolment,
    DeviceAuthentication authentication,
    UploadService uploads,
    Ingest ingest,
    Runnable databaseCheck,
    Pull pull,
    Receipts receipts,
    ReferenceLookup reference,
    DeviceLimiter limiter) {
  public ApiServices {
    Objects.requireNonNull(pull, "pull");
    Objects.requireNonNull(receipts, "receipts");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(limiter, "limiter");
    Objects.requireNonNull(uploads, "uploads");
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(authentication, "authentication");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(databaseCheck, "databaseCheck");
  }
}
