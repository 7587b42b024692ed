package org.depder.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordered migrations shipped on the class path. A directory cannot be listed portably inside a
 * jar, so each directory carries {@code migrations.txt} naming its scripts; the numbers must run 1,
 * 2, 3... without gaps so that a missing file is caught at build time, not on a user's laptop.
 */
public final class MigrationSet {
  /** Where the vault migrations live on the class path. */
  public static final String VAULT_LOCATION = "db/vault";

  private static final Pattern FILE_NAME = Pattern.compile("V([1-9][0-9]*)__([a-z0-9_]+)\\.sql");

  private final List<Migration> migrations;

  public MigrationSet(List<Migration> migrations) {
    for (int i = 0; i < migrations.size(); i++) {
      if (migrations.get(i).version() != i + 1) {
        throw new IllegalArgumentException(
            "migration versions must be 1..n without gaps; found "
                + migrations.get(i).version()
                + " at position "
                + (i + 1));
      }
    }
    this.migrations = List.copyOf(migrations);
  }

  /** The vault migrations shipped with this build. */
  public static MigrationSet vault() {
    return load(MigrationSet.class.getClassLoader(), VAULT_LOCATION);
  }

  /** Loads {@code location/migrations.txt} and the scripts it names, in order. */
  public static MigrationSet load(ClassLoader loader, String location) {
    List<Migration> loaded = new ArrayList<>();
    for (String fileName : readLines(loader, location + "/migrations.txt")) {
      Matcher m = FILE_NAME.matcher(fileName);
      if (!m.matches()) {
        throw new IllegalStateException("badly named migration: " + fileName);
      }
      String sql = String.join("\n", readLines(loader, location + "/" + fileName)) + "\n";
      loaded.add(Migration.of(Integer.parseInt(m.group(1)), m.group(2), sql));
    }
    return new MigrationSet(loaded);
  }

  public List<Migration> migrations() {
    return migrations;
  }

  /** The version a vault has once every migration in this set is applied. */
  public int latestVersion() {
    return migrations.size();
  }

  private static List<String> readLines(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!resource.endsWith(".txt") || !line.isBlank()) {
          lines.add(resource.endsWith(".txt") ? line.strip() : line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class-path resource " + resource, e);
    }
  }
}
