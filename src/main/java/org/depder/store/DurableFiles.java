package org.depder.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** File operations whose result must survive a power cut: fsync, then an atomic rename. */
final class DurableFiles {
  private DurableFiles() {}

  static void fsync(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /**
   * Renames {@code source} onto {@code target} atomically, then syncs the directory so the new name
   * itself survives a power cut.
   */
  static void atomicMove(Path source, Path target, boolean replace) throws IOException {
    if (!replace && Files.exists(target)) {
      throw new FileAlreadyExistsException(target.getFileName().toString());
    }
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system cannot rename atomically", e);
    }
    fsyncDirectory(target.toAbsolutePath().getParent());
  }

  /** Directories can be synced on Linux and macOS; Windows refuses and needs no such step. */
  private static void fsyncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // NTFS commits the rename in its own journal; nothing more can be done here.
    }
  }

  static void deleteWithSidecars(Path file) throws IOException {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      Files.deleteIfExists(VaultValidator.sibling(file, suffix));
    }
  }
}
