package org.depder.launch;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the heavy libraries after the first frame, on a daemon thread, so that they are ready when
 * the user unlocks the vault but do not delay the first window. Logback starts here too. Loading
 * Bouncy Castle, SQLite JDBC and Jackson before the first frame costs about 0.7 s on a modest
 * laptop (ARCHITECTURE.md 8).
 */
final class BackgroundWarmUp {
  /** Names as strings: a class literal would make the JVM link the class with this one. */
  static final List<String> CLASSES =
      List.of(
          "org.bouncycastle.crypto.generators.Argon2BytesGenerator",
          "org.sqlite.JDBC",
          "com.fasterxml.jackson.databind.ObjectMapper");

  private BackgroundWarmUp() {}

  static Thread start() {
    Thread thread = new Thread(BackgroundWarmUp::loadAll, "depder-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
    return thread;
  }

  private static void loadAll() {
    long started = System.nanoTime();
    // the first logger starts Logback, deferred until now by the classes on the start path
    Logger log = LoggerFactory.getLogger(BackgroundWarmUp.class);
    ClassLoader loader = BackgroundWarmUp.class.getClassLoader();
    for (String name : CLASSES) {
      try {
        Class.forName(name, true, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        log.warn("Warm-up could not load a library class ({})", e.getClass().getSimpleName());
      }
    }
    log.debug("Libraries warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
  }
}
