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
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.depder.server.auth.SignedRequest;
import org.depder.server.core.Device;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.DeviceStatus;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.distribution.PullResult;
import org.depder.server.distribution.ReceiptRecorded;
import org.depder.server.enrol.EnrolRequest;
import org.depder.server.enrol.EnrolmentGrant;
import org.depder.server.enrol.ServerIdentity;
import org.depder.server.enrol.TooManyAttemptsException;
import org.depder.server.ingest.PushResult;
import org.depder.server.ingest.UploadService;
import org.depder.server.limits.DeviceLimiter;
import org.depder.server.testing.InMemoryServerStore;
import org.depder.server.testing.TestDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Level 2: the HTTP API on a random loopback port with fake services, through the JDK HttpClient.
 * Checks parsing, status codes, the JSON error body and the limits; not the use cases themselves.
 */
class ApiServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestDevice serverKeys = new TestDevice();
  private final ServerIdentity identity =
      new ServerIdentity(serverKeys.id(), serverKeys.keys(), "cd".repeat(32));
  private final AtomicReference<RuntimeException> refusal = new AtomicReference<>();
  private final AtomicReference<EnrolRequest> received = new AtomicReference<>();
  private final AtomicReference<String> receivedSource = new AtomicReference<>();
  private final AtomicReference<RuntimeException> databaseDown = new AtomicReference<>();
  private final AtomicReference<SignedRequest> authenticated = new AtomicReference<>();
  private final AtomicReference<byte[]> pushed = new AtomicReference<>();
  private final AtomicReference<PushResult> pushResult =
      new AtomicReference<>(
          new PushResult.Applied("{\"receipt\":{}}".getBytes(StandardCharsets.UTF_8)));
  private final TestDevice laptop = new TestDevice();
  private final Device enrolledDevice =
      new Device(
          laptop.id(),
          laptop.keys(),
          DeviceRole.SCREENER,
          "AG-01",
          DeviceStatus.ACTIVE,
          Instant.parse("2026-11-29T08:00:00Z"),
          Optional.empty());
  private final HttpClient http = HttpClient.newHttpClient();
  private ApiServer server;

  @BeforeEach
  void start() {
    server =
        ApiServer.start(
            Listeners.loopbackPlain(64 * 1024),
            new ApiServices(
                identity,
                (request, source) -> {
                  received.set(request);
                  receivedSource.set(source);
                  if (refusal.get() != null) {
                    throw refusal.get();
                  }
                  return new EnrolmentGrant(
                      new TestDevice().id(),
                      DeviceRole.CONSULAR_OFFICER,
                      "IST",
                      Instant.parse("2026-11-29T08:00:00Z"),
                      identity);
                },
                request -> {
                  authenticated.set(request);
                  if (refusal.get() != null) {
                    throw refusal.get();
                  }
                  return enrolledDevice;
                },
                new UploadService(new InMemoryServerStore(), 1000, 100_000, Clock.systemUTC()),
                bundle -> {
                  pushed.set(bundle);
                  return pushResult.get();
                },
                () -> {
                  if (databaseDown.get() != null) {
                    throw databaseDown.get();
                  }
                },
                (device, after) -> new PullResult.UpToDate(0),
                receipt -> new ReceiptRecorded(laptop.id(), 1, true),
                kind -> Optional.empty(),
                DeviceLimiter.NONE));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.plainPort() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.plainPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String errorCode(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("error").path("message").asText()).isNotBlank();
    return body.path("error").path("code").asText();
  }

  @Test
  void healthAnswersWithTheServerIdAndApiVersion() throws Exception {
    HttpResponse<String> response = get("/v1/health");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("status").asText()).isEqualTo("ok");
    assertThat(body.path("api").asInt()).isEqualTo(1);
    assertThat(body.path("serverId").asText()).isEqualTo(identity.id().value());
    assertThat(response.headers().firstValue("Server")).isEmpty();
  }

  @Test
  void healthSays503WhenTheDatabaseIsUnreachable() throws Exception {
    databaseDown.set(new ServerException(ErrorCode.STORAGE, "down"));

    HttpResponse<String> response = get("/v1/health");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(JSON.readTree(response.body()).path("status").asText()).isEqualTo("unavailable");
  }

  @Test
  void enrolParsesTheRequestAndAnswersWithTheGrant() throws Exception {
    TestDevice laptop = new TestDevice();

    HttpResponse<String> response =
        post("/v1/enrol", laptop.requestJson("ABCD-EFGH-JKMN-PQRS-TVWX"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(received.get().code()).isEqualTo("ABCD-EFGH-JKMN-PQRS-TVWX");
    assertThat(received.get().keys()).isEqualTo(laptop.keys());
    assertThat(receivedSource.get()).isEqualTo("127.0.0.1");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("format").asInt()).isEqualTo(1);
    assertThat(body.path("role").asText()).isEqualTo("consular_officer");
    assertThat(body.path("post").asText()).isEqualTo("IST");
    assertThat(body.path("deviceId").asText()).hasSize(32);
    assertThat(body.path("enrolledAt").asText()).isEqualTo("2026-11-29T08:00:00Z");
    JsonNode server = body.path("server");
    assertThat(server.path("serverId").asText()).isEqualTo(identity.id().value());
    assertThat(server.path("tlsCertificateSha256").asText()).isEqualTo("cd".repeat(32));
    assertThat(server.path("signingKey").asText()).hasSize(43);
    assertThat(server.path("agreementKey").asText()).hasSize(43);
  }

  @ParameterizedTest
  @EnumSource(
      value = ErrorCode.class,
      names = {
        "CODE_UNKNOWN",
        "CODE_USED",
        "CODE_EXPIRED",
        "BAD_PROOF",
        "DEVICE_ALREADY_ENROLLED",
        "STORAGE"
      })
  void refusalsBecomeAStatusAndAStableCode(ErrorCode code) throws Exception {
    refusal.set(new ServerException(code));

    HttpResponse<String> response =
        post("/v1/enrol", new TestDevice().requestJson("ABCD-EFGH-JKMN-PQRS-TVWX"));

    assertThat(response.statusCode()).isEqualTo(ApiErrors.status(code)).isBetween(400, 599);
    assertThat(errorCode(response)).isEqualTo(code.wire());
  }

  @Test
  void theUsualEnrolmentRefusalsHaveDistinctClientErrorStatuses() {
    assertThat(ApiErrors.status(ErrorCode.CODE_UNKNOWN)).isEqualTo(403);
    assertThat(ApiErrors.status(ErrorCode.CODE_USED)).isEqualTo(409);
    assertThat(ApiErrors.status(ErrorCode.CODE_EXPIRED)).isEqualTo(410);
    assertThat(ApiErrors.status(ErrorCode.TOO_MANY_ATTEMPTS)).isEqualTo(429);
  }

  @Test
  void tooManyAttemptsCarriesRetryAfter() throws Exception {
    refusal.set(new TooManyAttemptsException(120));

    HttpResponse<String> response =
        post("/v1/enrol", new TestDevice().requestJson("ABCD-EFGH-JKMN-PQRS-TVWX"));

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(errorCode(response)).isEqualTo("too_many_attempts");
    assertThat(response.headers().firstValue("Retry-After")).contains("120");
  }

  @Test
  void malformedRequestsAreRefusedBeforeTheServiceIsCalled() throws Exception {
    String valid = new TestDevice().requestJson("ABCD-EFGH-JKMN-PQRS-TVWX");

    assertThat(errorCode(post("/v1/enrol", "not json"))).isEqualTo("bad_request");
    assertThat(errorCode(post("/v1/enrol", "[1,2]"))).isEqualTo("bad_request");
    assertThat(errorCode(post("/v1/enrol", valid.replace("\"format\":1", "\"format\":2"))))
        .isEqualTo("unsupported_format");
    assertThat(errorCode(post("/v1/enrol", valid.replace("\"code\":", "\"kode\":"))))
        .isEqualTo("bad_request");
    assertThat(
            errorCode(
                post(
                    "/v1/enrol",
                    valid.replaceFirst("\"signingKey\":\"[^\"]*\"", "\"signingKey\":\"AAAA\""))))
        .isEqualTo("bad_key");
    assertThat(
            errorCode(
                post("/v1/enrol", valid.replaceFirst("\"proof\":\"[^\"]*\"", "\"proof\":\"%%%\""))))
        .isEqualTo("enrol_bad_proof");
    assertThat(received.get()).isNull();
  }

  @Test
  void oversizedBodiesAreRefusedWith413() throws Exception {
    String big = "{\"format\":1,\"code\":\"" + "A".repeat(EnrolHandler.MAX_BODY) + "\"}";

    HttpResponse<String> response = post("/v1/enrol", big);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(errorCode(response)).isEqualTo("payload_too_large");
    assertThat(received.get()).isNull();
  }

  @Test
  void unknownRoutesAndMethodsGiveJsonErrors() throws Exception {
    HttpResponse<String> missing = get("/v1/nothing-here");
    HttpResponse<String> wrongMethod = get("/v1/enrol");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(errorCode(missing)).isEqualTo("not_found");
    assertThat(wrongMethod.statusCode()).isIn(404, 405);
    assertThat(errorCode(wrongMethod)).isEqualTo("not_found");
  }

  @Test
  void unexpectedFailuresBecomeInternalErrorsWithoutDetail() throws Exception {
    refusal.set(new IllegalStateException("secret detail"));

    HttpResponse<String> response =
        post("/v1/enrol", new TestDevice().requestJson("ABCD-EFGH-JKMN-PQRS-TVWX"));

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(errorCode(response)).isEqualTo("internal_error");
    assertThat(response.body()).doesNotContain("secret detail");
  }

  private HttpResponse<String> getSigned(String pathAndQuery, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.plainPort() + pathAndQuery));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void deviceStatusPassesTheSignedRequestAndAnswersWithTheDevice() throws Exception {
    HttpResponse<String> response =
        getSigned(
            "/v1/device?probe=1",
            laptop.authHeaders("GET", "/v1/device?probe=1", new byte[0], 1_800_000_000L));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("deviceId").asText()).isEqualTo(laptop.id().value());
    assertThat(body.path("status").asText()).isEqualTo("active");
    assertThat(body.path("role").asText()).isEqualTo("screener");
    SignedRequest seen = authenticated.get();
    assertThat(seen.device()).isEqualTo(laptop.id());
    assertThat(seen.method()).isEqualTo("GET");
    assertThat(seen.pathAndQuery()).isEqualTo("/v1/device?probe=1");
    assertThat(seen.timestamp()).isEqualTo(1_800_000_000L);
    assertThat(seen.body()).isEmpty();
  }

  @Test
  void aRevokedDeviceIsToldToWipe() throws Exception {
    refusal.set(new ServerException(ErrorCode.DEVICE_REVOKED));

    HttpResponse<String> response =
        getSigned("/v1/device", laptop.authHeaders("GET", "/v1/device", new byte[0], 1L));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(errorCode(response)).isEqualTo("device_revoked");
    assertThat(JSON.readTree(response.body()).path("error").path("wipe").asBoolean()).isTrue();
  }

  @Test
  void missingOrMalformedAuthenticationHeadersGive401() throws Exception {
    HttpResponse<String> none = get("/v1/device");
    Map<String, String> bad =
        new java.util.HashMap<>(laptop.authHeaders("GET", "/v1/device", new byte[0], 1L));
    bad.put("Depder-Device", "not-a-device");

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(errorCode(none)).isEqualTo("bad_signature");
    assertThat(errorCode(getSigned("/v1/device", bad))).isEqualTo("bad_signature");
    assertThat(authenticated.get()).isNull();
  }

  private HttpResponse<String> send(
      String method, String pathAndQuery, byte[] body, Map<String, String> extra) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.plainPort() + pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    laptop.authHeaders(method, pathAndQuery, body, 1_800_000_000L).forEach(b::header);
    extra.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aWholeBundleIsPushedAndAnsweredWithItsReceiptHeldOrRefused() throws Exception {
    byte[] bundle = "{\"manifest\":{}}".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> applied = send("POST", "/v1/bundles", bundle, Map.of());
    assertThat(applied.statusCode()).isEqualTo(200);
    assertThat(applied.body()).isEqualTo("{\"receipt\":{}}");
    assertThat(pushed.get()).isEqualTo(bundle);

    pushResult.set(new PushResult.Held(4));
    HttpResponse<String> held = send("POST", "/v1/bundles", bundle, Map.of());
    assertThat(held.statusCode()).isEqualTo(202);
    assertThat(JSON.readTree(held.body()).path("missingSeq").asLong()).isEqualTo(4);

    pushResult.set(new PushResult.Refused("BAD_SIGNATURE", ErrorCode.BUNDLE_REJECTED));
    HttpResponse<String> refused = send("POST", "/v1/bundles", bundle, Map.of());
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(errorCode(refused)).isEqualTo("bundle_rejected");
    assertThat(JSON.readTree(refused.body()).path("error").path("reason").asText())
        .isEqualTo("BAD_SIGNATURE");

    pushResult.set(new PushResult.Refused("REVOKED_SENDER", ErrorCode.DEVICE_REVOKED));
    HttpResponse<String> revoked = send("POST", "/v1/bundles", bundle, Map.of());
    assertThat(revoked.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(revoked.body()).path("error").path("wipe").asBoolean()).isTrue();
  }

  @Test
  void aChunkedUploadResumesAfterADropAndCompletesIntoOnePush() throws Exception {
    byte[] bundle = new byte[2500];
    new java.util.Random(7).nextBytes(bundle);
    String begin = "{\"format\":1,\"size\":2500,\"sha256\":\"" + sha256Hex(bundle) + "\"}";

    HttpResponse<String> started =
        send("POST", "/v1/uploads", begin.getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(started.statusCode()).isEqualTo(201);
    String id = JSON.readTree(started.body()).path("uploadId").asText();
    assertThat(JSON.readTree(started.body()).path("chunkCount").asInt()).isEqualTo(3);
    assertThat(putChunk(id, 0, bundle).statusCode()).isEqualTo(200);
    assertThat(putChunk(id, 2, bundle).statusCode()).isEqualTo(200);
    // connection lost; the device asks again and learns what arrived
    HttpResponse<String> again =
        send("POST", "/v1/uploads", begin.getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).path("received").toString()).isEqualTo("[0,2]");
    assertThat(errorCode(send("POST", "/v1/uploads/" + id + "/complete", new byte[0], Map.of())))
        .isEqualTo("upload_incomplete");
    assertThat(putChunk(id, 1, bundle).statusCode()).isEqualTo(200);
    assertThat(
            JSON.readTree(send("GET", "/v1/uploads/" + id, new byte[0], Map.of()).body())
                .path("complete")
                .asBoolean())
        .isTrue();

    HttpResponse<String> done =
        send("POST", "/v1/uploads/" + id + "/complete", new byte[0], Map.of());

    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).isEqualTo("{\"receipt\":{}}");
    assertThat(pushed.get()).isEqualTo(bundle);
    assertThat(errorCode(send("GET", "/v1/uploads/" + id, new byte[0], Map.of())))
        .isEqualTo("upload_unknown");
  }

  @Test
  void aChunkWhoseHashDisagreesIsRefused() throws Exception {
    byte[] bundle = new byte[500];
    String begin = "{\"format\":1,\"size\":500,\"sha256\":\"" + sha256Hex(bundle) + "\"}";
    String id =
        JSON.readTree(
                send("POST", "/v1/uploads", begin.getBytes(StandardCharsets.UTF_8), Map.of())
                    .body())
            .path("uploadId")
            .asText();

    HttpResponse<String> response =
        send(
            "PUT",
            "/v1/uploads/" + id + "/chunks/0",
            bundle,
            Map.of("Depder-Chunk-Sha256", "00".repeat(32)));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(errorCode(response)).isEqualTo("chunk_mismatch");
  }

  private HttpResponse<String> putChunk(String id, int n, byte[] bundle) throws Exception {
    byte[] chunk = Arrays.copyOfRange(bundle, n * 1000, Math.min(bundle.length, (n + 1) * 1000));
    return send(
        "PUT",
        "/v1/uploads/" + id + "/chunks/" + n,
        chunk,
        Map.of("Depder-Chunk-Sha256", sha256Hex(chunk)));
  }

  private static String sha256Hex(byte[] data) {
    return org.depder.server.ingest.UploadServiceTestAccess.sha256Hex(data);
  }
}
