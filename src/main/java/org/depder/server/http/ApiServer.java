package org.depder.server.http;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.enrol.TooManyAttemptsException;
import org.depder.server.ingest.BundleRefusedException;
import org.depder.server.keys.TlsIdentity;
import org.depder.server.limits.RateLimitedException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync API on Javalin 7 (Jetty 12). Connectors are added explicitly: once one is, Javalin adds
 * no default, so plain HTTP exists only when asked for (TOOLCHAIN.md 6). Handlers parse, call a
 * service and let {@link ServerException}s become JSON error bodies here.
 */
public final class ApiServer implements AutoCloseable {
  public static final int API_VERSION = 1;
  private static final Logger log = LoggerFactory.getLogger(ApiServer.class);

  private final Javalin app;
  private final AtomicReference<ServerConnector> tls;
  private final AtomicReference<ServerConnector> plain;

  private ApiServer(
      Javalin app, AtomicReference<ServerConnector> tls, AtomicReference<ServerConnector> plain) {
    this.app = app;
    this.tls = tls;
    this.plain = plain;
  }

  public static ApiServer start(Listeners listeners, ApiServices services) {
    AtomicReference<ServerConnector> tls = new AtomicReference<>();
    AtomicReference<ServerConnector> plain = new AtomicReference<>();
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.http.maxRequestSize = listeners.maxRequestBytes();
              cfg.jetty.host = listeners.host();
              cfg.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
              listeners
                  .tls()
                  .ifPresent(
                      identity ->
                          cfg.jetty.addConnector(
                              (server, httpConfig) -> {
                                ServerConnector c =
                                    tlsConnector(server, httpConfig, identity, listeners);
                                tls.set(c);
                                return c;
                              }));
              listeners
                  .plainPort()
                  .ifPresent(
                      port ->
                          cfg.jetty.addConnector(
                              (server, httpConfig) -> {
                                ServerConnector c =
                                    new ServerConnector(
                                        server, new HttpConnectionFactory(httpConfig));
                                c.setHost(listeners.host());
                                c.setPort(port);
                                plain.set(c);
                                return c;
                              }));
              cfg.routes.get(
                  "/v1/health", new HealthHandler(services.databaseCheck(), services.identity()));
              cfg.routes.post("/v1/enrol", new EnrolHandler(services.enrolment()));
              cfg.routes.get("/v1/device", new DeviceStatusHandler(services.authentication()));
              cfg.routes.post(
                  "/v1/bundles", new BundleHandler(services.ingest(), listeners.maxRequestBytes()));
              UploadHandlers uploads =
                  new UploadHandlers(
                      services.authentication(),
                      services.uploads(),
                      services.ingest(),
                      services.limiter());
              cfg.routes.post("/v1/uploads", uploads::begin);
              cfg.routes.get("/v1/uploads/{id}", uploads::status);
              cfg.routes.put("/v1/uploads/{id}/chunks/{n}", uploads::chunk);
              cfg.routes.post("/v1/uploads/{id}/complete", uploads::complete);
              PullHandlers pulls =
                  new PullHandlers(
                      services.authentication(),
                      services.pull(),
                      services.receipts(),
                      services.limiter());
              cfg.routes.get("/v1/bundles", pulls::pull);
              cfg.routes.post("/v1/receipts", pulls::receipt);
              cfg.routes.get(
                  "/v1/reference/{kind}",
                  new ReferenceHandler(services.authentication(), services.reference()));
              cfg.routes.exception(ServerException.class, ApiServer::refused);
              cfg.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> ApiErrors.write(ctx, ApiErrors.forStatus(e.getStatus())));
              cfg.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    log.error("Unexpected failure in a handler", e);
                    ApiErrors.write(ctx, ErrorCode.INTERNAL);
                  });
              // only for statuses Javalin set itself: our own 404 bodies (upload_unknown) stay
              cfg.routes.error(404, ApiServer::notFoundUnlessAnswered);
              cfg.routes.error(405, ApiServer::notFoundUnlessAnswered);
            });
    app.start();
    ApiServer server = new ApiServer(app, tls, plain);
    log.info(
        "Sync API listening: https port {}, plain port {}", server.tlsPort(), server.plainPort());
    return server;
  }

  private static void notFoundUnlessAnswered(io.javalin.http.Context ctx) {
    String answered = ctx.result();
    if (answered == null || answered.isEmpty()) {
      ApiErrors.write(ctx, ErrorCode.NOT_FOUND);
    }
  }

  private static void refused(ServerException e, io.javalin.http.Context ctx) {
    if (e instanceof TooManyAttemptsException t) {
      ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
    }
    if (e instanceof RateLimitedException r) {
      ctx.header("Retry-After", Long.toString(r.retryAfterSeconds()));
    }
    if (e instanceof BundleRefusedException b) {
      ApiErrors.write(ctx, e.code(), b.reason());
      return;
    }
    if (e.code() == ErrorCode.STORAGE || e.code() == ErrorCode.INTERNAL) {
      log.error("Request failed: {}", e.code().wire(), e);
    }
    ApiErrors.write(ctx, e.code());
  }

  private static ServerConnector tlsConnector(
      org.eclipse.jetty.server.Server server,
      HttpConfiguration httpConfig,
      TlsIdentity identity,
      Listeners listeners) {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStore(identity.keyStore());
    ssl.setKeyStorePassword(identity.password());
    ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
    HttpConfiguration https = new HttpConfiguration(httpConfig);
    https.addCustomizer(new SecureRequestCustomizer(false));
    ServerConnector c =
        new ServerConnector(
            server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
    c.setHost(listeners.host());
    c.setPort(listeners.tlsPort());
    return c;
  }

  /** The HTTPS port actually bound, or -1 without TLS. */
  public int tlsPort() {
    return Optional.ofNullable(tls.get()).map(ServerConnector::getLocalPort).orElse(-1);
  }

  /** The plain HTTP port actually bound, or -1 without one. */
  public int plainPort() {
    return Optional.ofNullable(plain.get()).map(ServerConnector::getLocalPort).orElse(-1);
  }

  @Override
  public void close() {
    app.stop();
  }
}
