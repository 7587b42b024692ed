package org.depder.server.config;

import java.time.Duration;
import java.util.Locale;

/** Durations as administrators write them: {@code 90s}, {@code 30m}, {@code 24h}, {@code 7d}. */
public final class Durations {
  private Durations() {}

  public static Duration parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (!t.matches("[0-9]{1,9}[smhd]")) {
      throw new IllegalArgumentException("expected a number followed by s, m, h or d");
    }
    long n = Long.parseLong(t.substring(0, t.length() - 1));
    return switch (t.charAt(t.length() - 1)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
