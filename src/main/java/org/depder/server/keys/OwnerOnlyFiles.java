package org.depder.server.keys;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;

/**
 * Secret files (private keys, keystore passwords) are created readable and writable by the owner
 * only (POSIX 600) before a byte is written, and refused when they are readable by anyone else. On
 * a file system without POSIX permissions (Windows) the directory's ACL is what protects them.
 */
final class OwnerOnlyFiles {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private OwnerOnlyFiles() {}

  static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Writes {@code bytes} to a new owner-only file and moves it into place atomically. */
  static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp =
        posix()
            ? Files.createTempFile(
                dir, ".keys", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
            : Files.createTempFile(dir, ".keys", ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Refuses a secret file that group or others may read or write. */
  static void checkOwnerOnly(Path file) throws IOException {
    if (!posix()) {
      return;
    }
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
    if (!OWNER_ONLY.containsAll(perms)) {
      throw new ServerException(
          ErrorCode.KEY_FILE, file.getFileName() + " is readable by others; run chmod 600 on it");
    }
  }
}
