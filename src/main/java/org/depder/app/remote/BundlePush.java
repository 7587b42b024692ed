package org.depder.app.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Pushes one bundle (docs/sync-api.md, "Pushing a bundle"): small bundles whole, larger ones by the
 * resumable upload, so a link that drops every few hundred kilobytes still gets through without
 * resending what arrived. A dropped connection is retried a few times at once, asking the server
 * which chunks it already holds; after that the sync run fails and the next run resumes the same
 * upload (its id is derived from the bytes).
 */
final class BundlePush {
  /** Above this a bundle goes by chunks; below, one request costs less than four. */
  static final int WHOLE_LIMIT = 256 * 1024;

  private static final int RETRIES = 3;

  private BundlePush() {}

  /** The server's answer to a pushed bundle. */
  sealed interface Outcome {
    /** Applied now or before: the signed receipt, to be imported like a receipt file. */
    record Receipt(byte[] bytes) implements Outcome {}

    /** Authentic but early: kept by the server until bundle {@code missingSeq} arrives. */
    record Held(long missingSeq) implements Outcome {}
  }

  static Outcome push(ServerChannel channel, byte[] bundle) throws RemoteException {
    if (bundle.length <= WHOLE_LIMIT) {
      return outcome(retrying(() -> channel.post("/v1/bundles", bundle)));
    }
    String sha256 = sha256Hex(bundle);
    byte[] begin =
        ("{\"format\":1,\"size\":" + bundle.length + ",\"sha256\":\"" + sha256 + "\"}")
            .getBytes(StandardCharsets.US_ASCII);
    JsonNode status = retrying(() -> channel.post("/v1/uploads", begin)).json();
    String uploadId = status.path("uploadId").asText("");
    int chunkBytes = status.path("chunkBytes").asInt(0);
    int chunkCount = status.path("chunkCount").asInt(-1);
    if (!uploadId.matches("[A-Za-z0-9_-]{1,128}")
        || chunkBytes <= 0
        || chunkCount != (bundle.length + chunkBytes - 1) / chunkBytes) {
      throw new RemoteException(RemoteException.Problem.PROTOCOL);
    }
    for (int attempt = 0; ; attempt++) {
      Set<Integer> received = received(status);
      try {
        for (int n = 0; n < chunkCount; n++) {
          if (received.contains(n)) {
            continue;
          }
          byte[] chunk =
              Arrays.copyOfRange(
                  bundle, n * chunkBytes, Math.min(bundle.length, (n + 1) * chunkBytes));
          channel.send(
              "PUT",
              "/v1/uploads/" + uploadId + "/chunks/" + n,
              chunk,
              Map.of("Depder-Chunk-Sha256", sha256Hex(chunk)));
        }
        return outcome(channel.post("/v1/uploads/" + uploadId + "/complete", new byte[0]));
      } catch (RemoteException e) {
        if (e.problem() != RemoteException.Problem.UNREACHABLE || attempt >= RETRIES) {
          throw e;
        }
        status = retrying(() -> channel.get("/v1/uploads/" + uploadId)).json();
      }
    }
  }

  private static Outcome outcome(ApiClient.Answer answer) throws RemoteException {
    if (answer.status() == 202) {
      long missing = answer.json().path("missingSeq").asLong(-1);
      if (missing < 0) {
        throw new RemoteException(RemoteException.Problem.PROTOCOL);
      }
      return new Outcome.Held(missing);
    }
    return new Outcome.Receipt(answer.body());
  }

  private static Set<Integer> received(JsonNode status) {
    Set<Integer> received = new HashSet<>();
    status.path("received").forEach(n -> received.add(n.asInt(-1)));
    return received;
  }

  private interface Call {
    ApiClient.Answer run() throws RemoteException;
  }

  private static ApiClient.Answer retrying(Call call) throws RemoteException {
    for (int attempt = 0; ; attempt++) {
      try {
        return call.run();
      } catch (RemoteException e) {
        if (e.problem() != RemoteException.Problem.UNREACHABLE || attempt >= RETRIES) {
          throw e;
        }
      }
    }
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
