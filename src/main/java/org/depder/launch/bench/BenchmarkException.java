package org.depder.launch.bench;

/** A benchmark that cannot run here (no display, a child process that failed): said plainly. */
public final class BenchmarkException extends Exception {
  private static final long serialVersionUID = 1L;

  public BenchmarkException(String message) {
    super(message);
  }
}
