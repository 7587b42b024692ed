package org.depder.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Surefire points {@code java.io.tmpdir} at {@code target/test-tmp} without creating it, and
 * sqlite-jdbc extracts its native library there; without the directory no connection opens.
 */
final class TmpDirExtension implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
  }
}
