package org.depder.app.replication;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Writes a file so that it either appears whole or not at all, even on a USB stick pulled out
 * mid-write or a power cut: a temporary file in the same directory, written and fsynced, renamed
 * over the target atomically, the directory fsynced, and the file read back and compared.
 */
final class AtomicFiles {
  private static final String TEMP_SUFFIX = ".part";

  private AtomicFiles() {}

  /**
   * Writes {@code bytes} to {@code target}.
   *
   * @throws IOException if any step fails; the temporary file is removed and {@code target} is left
   *     as it was
   * @throws VerifyException if the file reads back different from what was written; the file is
   *     removed
   */
  static void write(Path target, byte[] bytes) throws IOException, VerifyException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temp = Files.createTempFile(directory, ".depder-", TEMP_SUFFIX);
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system cannot rename atomically", e);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    fsyncDirectory(directory);
    byte[] back = Files.readAllBytes(absolute);
    if (!Arrays.equals(back, bytes)) {
      Files.deleteIfExists(absolute);
      throw new VerifyException();
    }
  }

  /** Linux and macOS can sync a directory (making the rename durable); Windows refuses. */
  private static void fsyncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // NTFS and FAT drivers commit the rename themselves; nothing more can be done here.
    }
  }

  /** The file on disk differs from the bytes written. */
  static final class VerifyException extends Exception {
    private static final long serialVersionUID = 1L;

    VerifyException() {
      super("the written file reads back differently");
    }
  }
}
