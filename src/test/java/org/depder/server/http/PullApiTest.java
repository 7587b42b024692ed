package org.depder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.depder.server.core.Device;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.DeviceStatus;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.distribution.PullResult;
import org.depder.server.distribution.ReceiptRecorded;
import org.depder.server.enrol.ServerIdentity;
import org.depder.server.ingest.BundleRefusedException;
import org.depder.server.ingest.PushResult;
import org.depder.server.ingest.UploadService;
import org.depder.server.limits.DeviceLimiter;
import org.depder.server.limits.RateLimitedException;
import org.depder.server.testing.InMemoryServerStore;
import org.depder.server.testing.TestDevice;
import org.depder.sync.revision.DeviceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Level 1 for pull, receipts, reference data and the per-device limits: the HTTP API on a random
 * loopback port with fake services; checks parsing, headers, statuses and error bodies.
 */
class PullApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestDevice laptop = new TestDevice();
  private final Device device =
      new Device(
          laptop.id(),
          laptop.keys(),
          DeviceRole.SCREENER,
          "AG-01",
          DeviceStatus.ACTIVE,
          Instant.parse("2026-11-29T08:00:00Z"),
          Optional.empty());
  private final AtomicReference<PullResult> pullResult = new AtomicReference<>();
  private final AtomicReference<Long> pulledAfter = new AtomicReference<>();
  private final AtomicReference<DeviceId> pulledBy = new AtomicReference<>();
  private final AtomicReference<byte[]> receipt = new AtomicReference<>();
  private final AtomicReference<RuntimeException> refusal = new AtomicReference<>();
  private final AtomicReference<RuntimeException> overLimit = new AtomicReference<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private ApiServer server;

  @BeforeEach
  void start() {
    TestDevice serverKeys = new TestDevice();
    DeviceLimiter limiter =
        new DeviceLimiter() {
          @Override
          public void request(DeviceId d) {
            if (overLimit.get() != null) {
              throw overLimit.get();
            }
          }

          @Override
          public void bytes(DeviceId d, long bytes) {}
        };
    server =
        ApiServer.start(
            Listeners.loopbackPlain(64 * 1024),
            new ApiServices(
                new ServerIdentity(serverKeys.id(), serverKeys.keys(), "cd".repeat(32)),
                (request, source) -> {
                  throw new IllegalStateException("not used");
                },
                request -> {
                  if (!request.device().equals(laptop.id())) {
                    throw new ServerException(ErrorCode.DEVICE_UNKNOWN);
                  }
                  return device;
                },
                new UploadService(new InMemoryServerStore(), 1000, 100_000, Clock.systemUTC()),
                bundle -> new PushResult.Held(1),
                () -> {},
                (id, after) -> {
                  pulledBy.set(id);
                  pulledAfter.set(after);
                  if (refusal.get() != null) {
                    throw refusal.get();
                  }
                  return pullResult.get();
                },
                bytes -> {
                  receipt.set(bytes);
                  if (refusal.get() != null) {
                    throw refusal.get();
                  }
                  return new ReceiptRecorded(laptop.id(), 3, true);
                },
                kind ->
                    kind.equals("hotlines")
                        ? Optional.of("{\"document\":{},\"signature\":\"s\"}".getBytes(UTF8))
                        : Optional.empty(),
                limiter));
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> signed(String method, String pathAndQuery, byte[] body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.plainPort() + pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    laptop
        .authHeaders(method, pathAndQuery, body, Instant.now().getEpochSecond())
        .forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String errorCode(HttpResponse<String> response) throws Exception {
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("error").path("message").asText()).isNotBlank();
    return body.path("error").path("code").asText();
  }

  @Test
  void aPullAnswersWithTheBundleBytesAndItsSeqOr204WhenNothingIsNew() throws Exception {
    pullResult.set(new PullResult.Bundle(4, "{\"manifest\":{}}".getBytes(UTF8)));

    HttpResponse<String> bundle = signed("GET", "/v1/bundles?after=3", new byte[0]);

    assertThat(bundle.statusCode()).isEqualTo(200);
    assertThat(bundle.body()).isEqualTo("{\"manifest\":{}}");
    assertThat(bundle.headers().firstValue("Depder-Seq")).hasValue("4");
    assertThat(pulledAfter.get()).isEqualTo(3L);
    assertThat(pulledBy.get()).isEqualTo(laptop.id());

    pullResult.set(new PullResult.UpToDate(4));
    HttpResponse<String> none = signed("GET", "/v1/bundles?after=4", new byte[0]);
    assertThat(none.statusCode()).isEqualTo(204);
    assertThat(none.headers().firstValue("Depder-Seq")).hasValue("4");

    signed("GET", "/v1/bundles", new byte[0]);
    assertThat(pulledAfter.get()).as("no cursor means from the start").isZero();
  }

  @Test
  void aBadCursorAMissingReceiptOrNoSignatureIsRefused() throws Exception {
    pullResult.set(new PullResult.UpToDate(0));
    HttpResponse<String> notANumber = signed("GET", "/v1/bundles?after=-1", new byte[0]);
    HttpResponse<String> unsigned =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.plainPort() + "/v1/bundles?after=0"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    refusal.set(new ServerException(ErrorCode.RECEIPT_REQUIRED));
    HttpResponse<String> receiptFirst = signed("GET", "/v1/bundles?after=2", new byte[0]);

    assertThat(notANumber.statusCode()).isEqualTo(400);
    assertThat(errorCode(notANumber)).isEqualTo("bad_cursor");
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(errorCode(unsigned)).isEqualTo("bad_signature");
    assertThat(receiptFirst.statusCode()).isEqualTo(409);
    assertThat(errorCode(receiptFirst)).isEqualTo("receipt_required");
  }

  @Test
  void aReceiptIsPassedOnAndAnsweredWithItsSeqOrItsRefusalReason() throws Exception {
    byte[] body = "{\"receipt\":{}}".getBytes(UTF8);

    HttpResponse<String> recorded = signed("POST", "/v1/receipts", body);

    assertThat(recorded.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(recorded.body()).path("status").asText()).isEqualTo("recorded");
    assertThat(JSON.readTree(recorded.body()).path("seq").asLong()).isEqualTo(3);
    assertThat(receipt.get()).isEqualTo(body);

    refusal.set(
        new BundleRefusedException(
            new PushResult.Refused("BAD_SIGNATURE", ErrorCode.RECEIPT_REJECTED)));
    HttpResponse<String> refused = signed("POST", "/v1/receipts", body);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(errorCode(refused)).isEqualTo("receipt_rejected");
    assertThat(JSON.readTree(refused.body()).path("error").path("reason").asText())
        .isEqualTo("BAD_SIGNATURE");
    assertThat(errorCode(signed("POST", "/v1/receipts", new byte[0]))).isEqualTo("bad_request");
  }

  @Test
  void referenceDataIsServedAsPublishedAndAnUnknownKindIs404() throws Exception {
    HttpResponse<String> found = signed("GET", "/v1/reference/hotlines", new byte[0]);
    HttpResponse<String> missing = signed("GET", "/v1/reference/countries", new byte[0]);
    HttpResponse<String> odd = signed("GET", "/v1/reference/NOT..OK", new byte[0]);

    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.body()).isEqualTo("{\"document\":{},\"signature\":\"s\"}");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(errorCode(missing)).isEqualTo("reference_unknown");
    assertThat(errorCode(odd)).isEqualTo("reference_unknown");
  }

  @Test
  void aDeviceOverItsBudgetGets429WithRetryAfter() throws Exception {
    overLimit.set(new RateLimitedException(42));
    pullResult.set(new PullResult.UpToDate(0));

    HttpResponse<String> limited = signed("GET", "/v1/bundles?after=0", new byte[0]);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(errorCode(limited)).isEqualTo("rate_limited");
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("42");
    assertThat(pulledAfter.get()).as("the service is not called").isNull();
  }
}
