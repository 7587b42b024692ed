package org.depder.app.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.depder.app.vault.VaultSession;
import org.depder.store.RecordEnvelope;
import org.depder.store.SyncState;

/**
 * The {@link ServerLink} as one sealed vault record (entity type {@value #ENTITY_TYPE}, a fixed row
 * id). Format {@value #FORMAT}: a JSON object with exactly the members below; anything else is
 * refused rather than guessed, so a newer client's link is never half-read by an older one.
 */
final class ServerLinkStore {
  static final int FORMAT = 1;
  static final String ENTITY_TYPE = "server_link";
  static final String ROW_ID = "5e7e0000-0000-4000-8000-000000000001";
  private static final Set<String> MEMBERS =
      Set.of(
          "format",
          "address",
          "certificateSha256",
          "serverId",
          "deviceId",
          "role",
          "post",
          "enrolledAt",
          "autoSync");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private ServerLinkStore() {}

  static Optional<ServerLink> load(VaultSession session) throws RemoteException {
    try {
      Optional<RecordEnvelope> record = session.records().find(ROW_ID);
      return record.isEmpty() ? Optional.empty() : Optional.of(decode(record.get().payload()));
    } catch (RuntimeException e) {
      throw new RemoteException(RemoteException.Problem.VAULT_UNAVAILABLE, e);
    }
  }

  static void save(VaultSession session, ServerLink link) throws RemoteException {
    try {
      session
          .records()
          .save(
              new RecordEnvelope(
                  ROW_ID,
                  ENTITY_TYPE,
                  0,
                  FORMAT,
                  SyncState.SYNCED,
                  Long.toString(link.enrolledAt().toEpochMilli()),
                  encode(link),
                  List.of()));
    } catch (RuntimeException e) {
      throw new RemoteException(RemoteException.Problem.VAULT_UNAVAILABLE, e);
    }
  }

  static byte[] encode(ServerLink link) {
    ObjectNode o = JSON.createObjectNode();
    o.put("format", FORMAT);
    o.put("address", link.address().toString());
    o.put("certificateSha256", link.certificateSha256());
    o.put("serverId", link.serverId());
    o.put("deviceId", link.deviceId());
    o.put("role", link.role());
    o.put("post", link.post());
    o.put("enrolledAt", link.enrolledAt().toString());
    o.put("autoSync", link.autoSync());
    try {
      return JSON.writeValueAsBytes(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a server link does not serialise", e);
    }
  }

  static ServerLink decode(byte[] payload) throws RemoteException {
    try {
      JsonNode o = JSON.readTree(new String(payload, StandardCharsets.UTF_8));
      if (o == null || !o.isObject() || o.path("format").asInt(-1) != FORMAT) {
        throw new RemoteException(RemoteException.Problem.PROTOCOL);
      }
      Set<String> names = new TreeSet<>();
      o.fieldNames().forEachRemaining(names::add);
      if (!names.equals(new TreeSet<>(MEMBERS)) || !o.path("autoSync").isBoolean()) {
        throw new RemoteException(RemoteException.Problem.PROTOCOL);
      }
      return new ServerLink(
          URI.create(text(o, "address")),
          text(o, "certificateSha256"),
          text(o, "serverId"),
          text(o, "deviceId"),
          text(o, "role"),
          text(o, "post"),
          Instant.parse(text(o, "enrolledAt")),
          o.get("autoSync").booleanValue());
    } catch (IOException | RuntimeException e) {
      throw new RemoteException(RemoteException.Problem.PROTOCOL, e);
    }
  }

  private static String text(JsonNode o, String name) throws RemoteException {
    JsonNode v = o.get(name);
    if (v == null || !v.isTextual()) {
      throw new RemoteException(RemoteException.Problem.PROTOCOL);
    }
    return v.textValue();
  }
}
