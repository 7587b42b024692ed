package org.depder.server;

import java.util.Optional;
import org.depder.server.auth.RequestAuthenticator;
import org.depder.server.config.ServerConfig;
import org.depder.server.enrol.AttemptLimiter;
import org.depder.server.enrol.EnrolmentService;
import org.depder.server.http.ApiServer;
import org.depder.server.http.ApiServices;
import org.depder.server.http.Listeners;
import org.depder.server.ingest.Ingest;
import org.depder.server.ingest.IngestService;
import org.depder.server.ingest.UploadService;
import org.depder.server.limits.DeviceRateLimiter;
import org.depder.sync.bundle.BundleLimits;

/**
 * A running server node: the {@link ServerContext} plus the HTTP API over it. Everything that
 * matters lives in the database, so stopping a node (or running several) loses nothing.
 */
public final class DepderServer implements AutoCloseable {
  /** 256 KiB: a chunk that a slow link finishes in seconds, small enough to resend. */
  public static final int UPLOAD_CHUNK_BYTES = 256 * 1024;

  private final ServerContext context;
  private final ApiServer api;

  private DepderServer(ServerContext context, ApiServer api) {
    this.context = context;
    this.api = api;
  }

  public static DepderServer start(ServerContext context) {
    ServerConfig config = context.config();
    EnrolmentService enrolment =
        new EnrolmentService(
            context.store(),
            context.identity(),
            new AttemptLimiter(
                config.enrolMaxFailures(), config.enrolFailureWindow(), context.clock()),
            context.clock());
    ApiServices services =
        new ApiServices(
            context.identity(),
            enrolment,
            new RequestAuthenticator(context.store(), context.clock()),
            new UploadService(
                context.store(), UPLOAD_CHUNK_BYTES, config.maxRequestBytes(), context.clock()),
            ingest(context),
            () -> context.store().ping(),
            context.pull(),
            context.receipts(),
            context.reference(),
            new DeviceRateLimiter(
                config.deviceRequestsPerMinute(), config.deviceBytesPerMinute(), context.clock()));
    Listeners listeners =
        new Listeners(
            config.host(),
            Optional.of(context.tls()),
            config.port(),
            config.plainHttpPort(),
            config.maxRequestBytes());
    return new DepderServer(context, ApiServer.start(listeners, services));
  }

  private static Ingest ingest(ServerContext context) {
    return new IngestService(
        context.store(), context.keys(), BundleLimits.V1, context.random(), context.clock());
  }

  public ServerContext context() {
    return context;
  }

  public int tlsPort() {
    return api.tlsPort();
  }

  public int plainPort() {
    return api.plainPort();
  }

  @Override
  public void close() {
    try {
      api.close();
    } finally {
      context.close();
    }
  }
}
