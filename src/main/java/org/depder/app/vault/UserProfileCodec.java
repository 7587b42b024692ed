package org.depder.app.vault;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The sealed part of a user: login name as typed and display name. Format: version byte 1, then
 * both as modified-UTF-8 strings ({@link DataOutputStream#writeUTF}); sealed with associated data
 * {@code users|<id>|profile} so a profile cannot be moved to another user's row.
 */
final class UserProfileCodec {
  private static final int VERSION = 1;

  private UserProfileCodec() {}

  record Profile(String loginName, String displayName) {}

  static byte[] encode(Profile profile) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeUTF(profile.loginName());
      out.writeUTF(profile.displayName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Profile decode(byte[] encoded) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      if (in.readUnsignedByte() != VERSION) {
        throw new IOException("unknown user profile version");
      }
      return new Profile(in.readUTF(), in.readUTF());
    }
  }

  static byte[] associatedData(String userId) {
    return ("users|" + userId + "|profile").getBytes(StandardCharsets.UTF_8);
  }
}
