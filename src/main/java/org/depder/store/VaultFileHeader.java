package org.depder.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The first 100 bytes of an SQLite file, read with plain Java I/O. Reading them ourselves lets a
 * foreign file be refused before SQLite (which may create -wal/-shm files or take locks) sees it.
 *
 * @param length size of the file in bytes
 * @param sqlite whether the file starts with the SQLite magic string
 */
record VaultFileHeader(
    long length,
    boolean sqlite,
    int pageSize,
    int changeCounter,
    int pageCount,
    int userVersion,
    int applicationId,
    int versionValidFor) {
  static final int SIZE = 100;
  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  static VaultFileHeader read(Path file) throws IOException {
    long length = Files.size(file);
    byte[] bytes = new byte[SIZE];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(bytes, 0, SIZE);
    }
    boolean sqlite =
        read >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    if (read < SIZE) {
      return new VaultFileHeader(length, sqlite, 0, 0, 0, 0, 0, 0);
    }
    ByteBuffer header = ByteBuffer.wrap(bytes);
    int rawPageSize = Short.toUnsignedInt(header.getShort(16));
    int pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    return new VaultFileHeader(
        length,
        sqlite,
        pageSize,
        header.getInt(24),
        header.getInt(28),
        header.getInt(60),
        header.getInt(68),
        header.getInt(92));
  }

  boolean complete() {
    return length >= SIZE;
  }

  /**
   * Whether the file is shorter than the database it describes. The page count in the header is
   * only trusted when SQLite marks it valid (offset 92 equals the change counter), as SQLite does.
   */
  boolean truncated() {
    if (pageSize < 512 || Integer.bitCount(pageSize) != 1 || length % pageSize != 0) {
      return true;
    }
    return versionValidFor == changeCounter && (long) pageCount * pageSize > length;
  }
}
