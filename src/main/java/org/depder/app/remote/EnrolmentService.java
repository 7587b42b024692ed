package org.depder.app.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.depder.app.replication.VaultSessions;
import org.depder.app.vault.DeviceKeys;
import org.depder.app.vault.VaultException;
import org.depder.app.vault.VaultSession;
import org.depder.store.PeerKind;
import org.depder.sync.protocol.EnrolmentProof;
import org.depder.sync.revision.DeviceId;

/**
 * Enrols this laptop with the central server (issue 6 item 7; docs/sync-api.md, {@code POST
 * /v1/enrol}) in two steps the screen shows: {@link #probe} reaches the server and reports the
 * certificate fingerprint it saw, for the user to compare with the administrator's; {@link #enrol}
 * then sends the one-time code over a connection pinned to that certificate, checks the answer (the
 * server's id must be the id of its signing key, and the certificate the server names must be the
 * one connected to), pins the server's keys as this vault's server peer and keeps the {@link
 * ServerLink} sealed in the vault. Every method blocks: call it from a background task.
 */
public final class EnrolmentService {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final VaultSessions sessions;
  private final Clock clock;

  public EnrolmentService(VaultSessions sessions, Clock clock) {
    this.sessions = sessions;
    this.clock = clock;
  }

  /** The link if this laptop is enrolled. */
  public Optional<ServerLink> link() throws RemoteException {
    return ServerLinkStore.load(session());
  }

  /** Reaches the server at a typed address and reports the certificate it presented. */
  public ServerProbe probe(String typedAddress) throws RemoteException {
    ApiClient api = new ApiClient(ServerAddress.parse(typedAddress), CertificatePin.capturing());
    JsonNode health = api.send("GET", "/v1/health", new byte[0], Map.of()).json();
    String serverId = health.path("serverId").asText("");
    String seen =
        api.seenCertificate()
            .orElseThrow(() -> new RemoteException(RemoteException.Problem.PROTOCOL));
    if (!serverId.matches("[0-9a-f]{32}")) {
      throw new RemoteException(RemoteException.Problem.PROTOCOL);
    }
    return new ServerProbe(ServerAddress.parse(typedAddress), seen, serverId);
  }

  /**
   * Redeems a one-time code with the server the user confirmed.
   *
   * @throws RemoteException {@code BAD_CODE} before anything is sent if the text cannot be a code
   */
  public ServerLink enrol(ServerProbe confirmed, String typedCode) throws RemoteException {
    String code =
        EnrolmentProof.normalise(typedCode)
            .orElseThrow(() -> new RemoteException(RemoteException.Problem.BAD_CODE));
    VaultSession session = session();
    if (ServerLinkStore.load(session).isPresent()) {
      throw new RemoteException(RemoteException.Problem.ALREADY_ENROLLED);
    }
    DeviceKeys keys = session.deviceKeys();
    byte[] signing = keys.signingPublicKey();
    byte[] agreement = keys.agreementPublicKey();
    ObjectNode request = JSON.createObjectNode();
    request.put("format", 1);
    request.put("code", code);
    request.put("signingKey", B64.encodeToString(signing));
    request.put("agreementKey", B64.encodeToString(agreement));
    request.put(
        "proof", B64.encodeToString(keys.sign(EnrolmentProof.message(code, signing, agreement))));
    ApiClient api =
        new ApiClient(confirmed.address(), CertificatePin.pinned(confirmed.certificateSha256()));
    JsonNode answer =
        api.send("POST", "/v1/enrol", request.toString().getBytes(StandardCharsets.UTF_8), Map.of())
            .json();
    ServerLink link = accept(confirmed, answer, DeviceId.ofSigningKey(signing).value());
    try {
      session
          .replication()
          .peers()
          .pin(
              link.serverId(),
              decodeKey(answer.path("server"), "signingKey"),
              decodeKey(answer.path("server"), "agreementKey"),
              PeerKind.SERVER);
    } catch (RuntimeException e) {
      throw new RemoteException(RemoteException.Problem.VAULT_UNAVAILABLE, e);
    }
    ServerLinkStore.save(session, link);
    return link;
  }

  /** Turns automatic sync on or off for the enrolled server. */
  public ServerLink setAutoSync(boolean enabled) throws RemoteException {
    VaultSession session = session();
    ServerLink link =
        ServerLinkStore.load(session)
            .orElseThrow(() -> new RemoteException(RemoteException.Problem.NOT_ENROLLED));
    ServerLink changed = link.withAutoSync(enabled);
    ServerLinkStore.save(session, changed);
    return changed;
  }

  private ServerLink accept(ServerProbe confirmed, JsonNode answer, String ourId)
      throws RemoteException {
    JsonNode server = answer.path("server");
    String serverId = server.path("serverId").asText("");
    byte[] serverSigning = decodeKey(server, "signingKey");
    decodeKey(server, "agreementKey");
    String certificate = server.path("tlsCertificateSha256").asText("");
    if (answer.path("format").asInt(-1) != 1
        || !ourId.equals(answer.path("deviceId").asText(""))
        || !serverId.equals(confirmed.serverId())
        || !serverId.equals(DeviceId.ofSigningKey(serverSigning).value())) {
      throw new RemoteException(RemoteException.Problem.PROTOCOL);
    }
    if (!HEX64.matcher(certificate).matches()
        || !certificate.equals(confirmed.certificateSha256())) {
      throw new RemoteException(RemoteException.Problem.FINGERPRINT_MISMATCH);
    }
    String role = answer.path("role").asText("");
    String post = answer.path("post").asText("");
    if (!role.matches("[a-z_]{1,40}") || !post.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new RemoteException(RemoteException.Problem.PROTOCOL);
    }
    return new ServerLink(
        confirmed.address(), certificate, serverId, ourId, role, post, Instant.now(clock), true);
  }

  private static byte[] decodeKey(JsonNode node, String name) throws RemoteException {
    try {
      byte[] key = Base64.getUrlDecoder().decode(node.path(name).asText(""));
      if (key.length != 32) {
        throw new RemoteException(RemoteException.Problem.PROTOCOL);
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw new RemoteException(RemoteException.Problem.PROTOCOL, e);
    }
  }

  private VaultSession session() throws RemoteException {
    try {
      return sessions.current();
    } catch (VaultException | RuntimeException e) {
      throw new RemoteException(RemoteException.Problem.VAULT_UNAVAILABLE, e);
    }
  }
}
