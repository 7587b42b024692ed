package org.depder.server.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import org.depder.crypto.Ed25519;
import org.depder.crypto.KeyPairMaterial;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.crypto.X25519;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.PublicKeys;
import org.depder.server.core.ServerException;

/**
 * The server key file {@code server-keys.json}, format 1 (docs/deployment.md): a JSON object with
 * {@code format = "depder-server-keys"}, {@code version = 1}, {@code createdAt}, and for {@code
 * signing} (Ed25519) and {@code agreement} (X25519) the {@code algorithm}, {@code publicKey} and
 * {@code privateKey} as unpadded base64url of the raw 32 bytes (the RFC 8032 seed, the RFC 7748
 * scalar). The file is owner-only (600); loading refuses anything else, a public key that does not
 * match its private key, and unknown versions.
 */
public final class ServerKeyFile {
  public static final String FILE_NAME = "server-keys.json";
  public static final String FORMAT = "depder-server-keys";
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServerKeyFile() {}

  /** Loads the keys in {@code dataDir}, creating them first if there are none. */
  public static ServerKeys loadOrCreate(Path dataDir, SecureRandom random, Clock clock) {
    Path file = dataDir.resolve(FILE_NAME);
    if (Files.exists(file)) {
      return load(file);
    }
    ServerKeys keys =
        new ServerKeys(new Ed25519(random).generateKeyPair(), new X25519(random).generateKeyPair());
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("createdAt", clock.instant().toString());
    root.set("signing", pair("Ed25519", keys.signing()));
    root.set("agreement", pair("X25519", keys.agreement()));
    try {
      OwnerOnlyFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    } catch (IOException e) {
      keys.close();
      throw new ServerException(ErrorCode.KEY_FILE, "cannot write " + FILE_NAME, e);
    }
    return keys;
  }

  /** Loads and checks an existing key file. */
  public static ServerKeys load(Path file) {
    try {
      OwnerOnlyFiles.checkOwnerOnly(file);
      JsonNode root = JSON.readTree(Files.readAllBytes(file));
      if (root == null
          || !FORMAT.equals(root.path("format").asText())
          || root.path("version").asInt(-1) != VERSION) {
        throw new ServerException(ErrorCode.KEY_FILE, FILE_NAME + " has an unknown format");
      }
      KeyPairMaterial signing = read(root.path("signing"), "Ed25519");
      KeyPairMaterial agreement = read(root.path("agreement"), "X25519");
      return new ServerKeys(signing, agreement);
    } catch (IOException e) {
      throw new ServerException(ErrorCode.KEY_FILE, "cannot read " + FILE_NAME, e);
    }
  }

  private static ObjectNode pair(String algorithm, KeyPairMaterial pair) {
    ObjectNode node = JSON.createObjectNode();
    node.put("algorithm", algorithm);
    node.put("publicKey", PublicKeys.encode(pair.publicKey()));
    byte[] secret = pair.privateKey().copyBytes();
    try {
      node.put("privateKey", PublicKeys.encode(secret));
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
    return node;
  }

  private static KeyPairMaterial read(JsonNode node, String algorithm) {
    if (!algorithm.equals(node.path("algorithm").asText())) {
      throw new ServerException(ErrorCode.KEY_FILE, FILE_NAME + " lacks the " + algorithm + " key");
    }
    byte[] publicKey = decode(node.path("publicKey").asText());
    byte[] privateKey = decode(node.path("privateKey").asText());
    try {
      SecretKeyMaterial secret = SecretKeyMaterial.copyOf(privateKey);
      byte[] derived =
          algorithm.equals("Ed25519") ? Ed25519.publicKeyOf(secret) : X25519.publicKeyOf(secret);
      if (!Arrays.equals(derived, publicKey)) {
        secret.destroy();
        throw new ServerException(
            ErrorCode.KEY_FILE, FILE_NAME + ": " + algorithm + " public key does not match");
      }
      return new KeyPairMaterial(publicKey, secret);
    } catch (RuntimeException e) {
      if (e instanceof ServerException) {
        throw e;
      }
      throw new ServerException(ErrorCode.KEY_FILE, FILE_NAME + ": bad " + algorithm + " key");
    } finally {
      Arrays.fill(privateKey, (byte) 0);
    }
  }

  private static byte[] decode(String text) {
    try {
      return PublicKeys.decode(text);
    } catch (ServerException e) {
      throw new ServerException(ErrorCode.KEY_FILE, FILE_NAME + " holds a malformed key");
    }
  }
}
