package org.depder.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The third-party libraries shipped with Depder and their licences (for the About dialog). */
public final class BundledLibraries {
  static final String RESOURCE = "bundled-libraries.tsv";

  /** One shipped library. */
  public record Library(String name, String licence, String address) {}

  private BundledLibraries() {}

  public static List<Library> list() {
    try (InputStream in = BundledLibraries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(BundledLibraries::parse)
          .collect(Collectors.toUnmodifiableList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Library parse(String line) {
    String[] fields = line.split("\t");
    if (fields.length != 3) {
      throw new IllegalStateException("Malformed line in " + RESOURCE + ": " + line);
    }
    return new Library(fields[0], fields[1], fields[2]);
  }
}
