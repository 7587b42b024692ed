package org.depder.app.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds message keys in sources: string literals in Java, {@code %key} in FXML. A literal counts as
 * a key when it is dotted and starts with the namespace of some English key ({@code settings.},
 * {@code about.}, ...); file names such as {@code settings.properties} are not keys.
 */
final class KeyUsageScanner {
  private static final Pattern JAVA_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
  private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");
  private static final Pattern FILE_NAME =
      Pattern.compile(".*\\.(properties|tsv|css|fxml|png|md|json|log|xml|db|tmp)$");

  private final Set<String> namespaces;

  /** {@code namespaces}: the first segments of the English keys. */
  KeyUsageScanner(Set<String> namespaces) {
    this.namespaces = Set.copyOf(namespaces);
  }

  static Set<String> namespacesOf(Set<String> keys) {
    Set<String> found = new TreeSet<>();
    keys.forEach(k -> found.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
    return found;
  }

  /** Every key-shaped literal or {@code %key} under the given source roots. */
  Set<String> keysUsedUnder(Path... roots) {
    Set<String> used = new TreeSet<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(Files::isRegularFile).forEach(file -> used.addAll(keysIn(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return used;
  }

  Set<String> keysIn(Path file) {
    String name = file.getFileName().toString();
    try {
      if (name.endsWith(".java")) {
        return keysInJava(Files.readString(file, StandardCharsets.UTF_8));
      }
      if (name.endsWith(".fxml")) {
        return keysInFxml(Files.readString(file, StandardCharsets.UTF_8));
      }
      return Set.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Set<String> keysInJava(String source) {
    Set<String> keys = new TreeSet<>();
    Matcher matcher = JAVA_LITERAL.matcher(source);
    while (matcher.find()) {
      String literal = matcher.group(1);
      if (looksLikeKey(literal)) {
        keys.add(literal);
      }
    }
    return keys;
  }

  static Set<String> keysInFxml(String source) {
    Set<String> keys = new TreeSet<>();
    Matcher matcher = FXML_KEY.matcher(source);
    while (matcher.find()) {
      keys.add(matcher.group(1));
    }
    return keys;
  }

  private boolean looksLikeKey(String literal) {
    return KEY_SHAPE.matcher(literal).matches()
        && !FILE_NAME.matcher(literal).matches()
        && namespaces.contains(literal.substring(0, literal.indexOf('.')));
  }
}
