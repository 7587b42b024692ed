package org.depder.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.depder.server.admin.IssuedCode;
import org.depder.server.config.ConfigLoader;
import org.depder.server.config.ServerConfig;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.PublicKeys;
import org.depder.server.keys.Fingerprints;
import org.depder.server.testing.PinnedHttps;
import org.depder.server.testing.TestDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Level 3: the whole server (keys, TLS, database, HTTP) started on loopback with a random port,
 * spoken to over HTTPS by a client that pins the certificate. Subclasses choose the database.
 */
abstract class ServerEndToEndContract {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  private DepderServer server;

  /** Extra settings that choose the database; empty for the SQLite default. */
  protected abstract Map<String, String> databaseFlags() throws Exception;

  private DepderServer start() throws Exception {
    Map<String, String> flags = new HashMap<>(databaseFlags());
    flags.put("http.host", "127.0.0.1");
    flags.put("http.port", "0");
    ServerConfig config = ConfigLoader.load(dataDir, Optional.empty(), flags, Map.of());
    return DepderServer.start(ServerContext.open(config, new SecureRandom(), Clock.systemUTC()));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> enrol(HttpClient client, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.tlsPort() + "/v1/enrol"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> deviceStatus(HttpClient client, TestDevice device) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.tlsPort() + "/v1/device"));
    device
        .authHeaders("GET", "/v1/device", new byte[0], java.time.Instant.now().getEpochSecond())
        .forEach(b::header);
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aDeviceEnrolsOverHttpsWithACodeFromTheAdministrator() throws Exception {
    server = start();
    ServerContext context = server.context();
    String pinned = context.tls().certificateSha256();
    HttpClient client = PinnedHttps.client(pinned);
    IssuedCode code =
        context.admin().issueCode(DeviceRole.SOCIAL_WORKER, "DZ-07", Duration.ofHours(24));
    TestDevice laptop = new TestDevice();

    HttpResponse<String> health =
        client.send(
            HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + server.tlsPort() + "/v1/health"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> enrolled = enrol(client, laptop.requestJson(code.code()));
    HttpResponse<String> again = enrol(client, new TestDevice().requestJson(code.code()));

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(enrolled.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(enrolled.body());
    assertThat(body.path("deviceId").asText()).isEqualTo(laptop.id().value());
    assertThat(body.path("role").asText()).isEqualTo("social_worker");
    JsonNode serverPart = body.path("server");
    assertThat(serverPart.path("serverId").asText()).isEqualTo(context.keys().id().value());
    assertThat(serverPart.path("tlsCertificateSha256").asText())
        .isEqualTo(pinned)
        .isEqualTo(Fingerprints.sha256Hex(context.tls().certificate().getEncoded()));
    assertThat(serverPart.path("signingKey").asText())
        .isEqualTo(PublicKeys.encode(context.keys().publicKeys().signing()));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(again.body()).path("error").path("code").asText())
        .isEqualTo("enrol_code_used");

    assertThat(context.admin().devices())
        .singleElement()
        .satisfies(d -> assertThat(d.id()).isEqualTo(laptop.id()));
    assertThat(context.admin().revoke(laptop.id())).isTrue();
    var audit = context.admin().audit();
    assertThat(audit.intact()).isTrue();
    assertThat(audit.entries())
        .extracting(e -> e.event().action())
        .containsExactly(
            "server.initialised", "enrolment_code.issued", "device.enrolled", "device.revoked");
  }

  private HttpResponse<String> post(HttpClient client, String path, byte[] body, TestDevice signer)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.tlsPort() + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signer != null) {
      signer
          .authHeaders("POST", path, body, java.time.Instant.now().getEpochSecond())
          .forEach(b::header);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anEnrolledDevicePushesBundlesWholeAndByResumableUploadAndGetsSignedReceipts()
      throws Exception {
    server = start();
    ServerContext context = server.context();
    HttpClient client = PinnedHttps.client(context.tls().certificateSha256());
    TestDevice laptop = new TestDevice();
    IssuedCode code = context.admin().issueCode(DeviceRole.SCREENER, "AG-01", Duration.ofHours(1));
    JsonNode enrolled = JSON.readTree(enrol(client, laptop.requestJson(code.code())).body());
    var serverId =
        new org.depder.sync.revision.DeviceId(enrolled.path("server").path("serverId").asText());
    byte[] serverAgreement =
        PublicKeys.decode(enrolled.path("server").path("agreementKey").asText());
    var one =
        laptop.bundle(
            serverId,
            serverAgreement,
            1,
            Optional.empty(),
            java.util.List.of(laptop.revision("screening", 1)));
    var two =
        laptop.bundle(
            serverId,
            serverAgreement,
            2,
            Optional.of(one.manifestHash()),
            java.util.List.of(laptop.revision("person", 2)));

    HttpResponse<String> pushed = post(client, "/v1/bundles", one.bytes(), null);
    HttpResponse<String> again = post(client, "/v1/bundles", one.bytes(), null);
    String sha = org.depder.server.ingest.UploadServiceTestAccess.sha256Hex(two.bytes());
    String begin = "{\"format\":1,\"size\":" + two.bytes().length + ",\"sha256\":\"" + sha + "\"}";
    String uploadId =
        JSON.readTree(
                post(
                        client,
                        "/v1/uploads",
                        begin.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        laptop)
                    .body())
            .path("uploadId")
            .asText();
    HttpRequest.Builder put =
        HttpRequest.newBuilder(
                URI.create(
                    "https://127.0.0.1:"
                        + server.tlsPort()
                        + "/v1/uploads/"
                        + uploadId
                        + "/chunks/0"))
            .PUT(HttpRequest.BodyPublishers.ofByteArray(two.bytes()))
            .header("Depder-Chunk-Sha256", sha);
    laptop
        .authHeaders(
            "PUT",
            "/v1/uploads/" + uploadId + "/chunks/0",
            two.bytes(),
            java.time.Instant.now().getEpochSecond())
        .forEach(put::header);
    assertThat(client.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
    HttpResponse<String> completed =
        post(client, "/v1/uploads/" + uploadId + "/complete", new byte[0], laptop);

    assertThat(pushed.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(pushed.body());
    assertThat(JSON.readTree(pushed.body()).path("receipt").path("accepted")).hasSize(1);
    assertThat(completed.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(completed.body()).path("receipt").path("seq").asLong()).isEqualTo(2);
    long stored = context.store().transaction(tx -> tx.ingest().revisionCount());
    assertThat(stored).isEqualTo(2L);
    assertThat(context.admin().audit().entries())
        .extracting(e -> e.event().action())
        .contains("bundle.accepted");
    assertThat(context.admin().audit().intact()).isTrue();
  }

  private HttpResponse<byte[]> getSigned(HttpClient client, TestDevice device, String pathAndQuery)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.tlsPort() + pathAndQuery));
    device
        .authHeaders("GET", pathAndQuery, new byte[0], java.time.Instant.now().getEpochSecond())
        .forEach(b::header);
    return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aColleagueOfThePostPullsTheCaseReceiptsItAndReferenceDataIsSigned() throws Exception {
    server = start();
    ServerContext context = server.context();
    HttpClient client = PinnedHttps.client(context.tls().certificateSha256());
    org.depder.server.testing.PlayedDevice author =
        new org.depder.server.testing.PlayedDevice(
            context.keys().id(), context.keys().publicKeys());
    org.depder.server.testing.PlayedDevice colleague =
        new org.depder.server.testing.PlayedDevice(
            context.keys().id(), context.keys().publicKeys());
    for (var d : java.util.List.of(author, colleague)) {
      IssuedCode code =
          context.admin().issueCode(DeviceRole.SCREENER, "AG-01", Duration.ofHours(1));
      assertThat(enrol(client, d.keys.requestJson(code.code())).statusCode()).isEqualTo(201);
    }
    var screening = author.keys.revision("screening", 1_000);
    assertThat(
            post(client, "/v1/bundles", author.push(java.util.List.of(screening)), null)
                .statusCode())
        .isEqualTo(200);

    HttpResponse<byte[]> first = getSigned(client, colleague.keys, "/v1/bundles?after=0");
    HttpResponse<byte[]> again = getSigned(client, colleague.keys, "/v1/bundles?after=0");
    var applied = colleague.apply(first.body());
    HttpResponse<String> receipted = post(client, "/v1/receipts", applied.receipt(), null);
    HttpResponse<byte[]> after = getSigned(client, colleague.keys, "/v1/bundles?after=1");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Depder-Seq")).hasValue("1");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(applied.items())
        .extracting(i -> i.path("entityType").asText())
        .containsExactly("device_key", "screening");
    assertThat(receipted.statusCode()).isEqualTo(200);
    assertThat(after.statusCode()).isEqualTo(204);

    context
        .reference()
        .publish(
            "countries",
            "{\"countries\":[\"TM\"]}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "admin-cli");
    HttpResponse<byte[]> reference = getSigned(client, colleague.keys, "/v1/reference/countries");
    assertThat(reference.statusCode()).isEqualTo(200);
    var verified =
        org.depder.sync.reference.SignedReference.verify(
            reference.body(), context.keys().publicKeys().signing());
    assertThat(verified.version()).isEqualTo(1);
    assertThat(context.admin().audit().intact()).isTrue();
  }

  @Test
  void aClientPinningAnotherCertificateIsRefusedAndPlainHttpIsOff() throws Exception {
    server = start();
    HttpClient wrongPin = PinnedHttps.client("00".repeat(32));

    assertThatThrownBy(() -> enrol(wrongPin, "{}")).hasCauseInstanceOf(SSLHandshakeException.class);
    assertThat(server.plainPort()).isEqualTo(-1);
  }

  @Test
  void aRestartKeepsTheIdentityTheCertificateAndTheData() throws Exception {
    server = start();
    String id = server.context().keys().id().value();
    String cert = server.context().tls().certificateSha256();
    server.context().admin().issueCode(DeviceRole.SCREENER, "AG-01", Duration.ofHours(1));
    server.close();
    server = null;

    server = start();

    assertThat(server.context().keys().id().value()).isEqualTo(id);
    assertThat(server.context().tls().certificateSha256()).isEqualTo(cert);
    assertThat(server.context().admin().audit().entries()).hasSize(2);
    assertThat(server.context().admin().audit().intact()).isTrue();
  }
}
