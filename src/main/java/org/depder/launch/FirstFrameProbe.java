package org.depder.launch;

/**
 * The startup benchmark's contract: with {@code -Ddepder.probe.firstFrame=true} a desktop entry
 * point prints exactly {@value #LINE} once its first frame is rendered, and the JVM exits with
 * status 0. The benchmark times process start to that line.
 */
final class FirstFrameProbe {
  static final String PROPERTY = "depder.probe.firstFrame";
  static final String LINE = "DEPDER_FIRST_FRAME";

  private FirstFrameProbe() {}

  static boolean requested() {
    return Boolean.getBoolean(PROPERTY);
  }

  /** Prints the probe line and ends the JVM. */
  static void reportAndExit() {
    System.out.println(LINE);
    System.out.flush();
    System.exit(0);
  }
}
