package org.depder.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds SLF4J calls whose message is not a constant template. A template such as {@code
 * log.info("Opened vault in {} ms", ms)} can be reviewed once for personal data; a message built at
 * run time ({@code "Saved " + person}) or passed as a variable cannot, so it is refused.
 */
final class LogCallScanner {
  private static final Pattern CALL =
      Pattern.compile("\\b(?:log|logger|LOG)\\s*\\.\\s*(?:trace|debug|info|warn|error)\\s*\\(");

  private LogCallScanner() {}

  /** Returns a description of every offending call in {@code source}. */
  static List<String> violations(String source) {
    List<String> found = new ArrayList<>();
    Matcher m = CALL.matcher(source);
    while (m.find()) {
      String args = argumentsFrom(source, m.end());
      String first = firstArgument(args).strip();
      int line = 1 + (int) source.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      if (!first.startsWith("\"")) {
        found.add("line " + line + ": message is not a string literal");
      } else if (concatenatesOutsideLiterals(first)) {
        found.add("line " + line + ": message is concatenated at run time");
      }
    }
    return found;
  }

  private static String argumentsFrom(String source, int start) {
    int depth = 1;
    boolean inString = false;
    for (int i = start; i < source.length(); i++) {
      char c = source.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return source.substring(start, i);
      }
    }
    return source.substring(start);
  }

  private static String firstArgument(String args) {
    boolean inString = false;
    int depth = 0;
    for (int i = 0; i < args.length(); i++) {
      char c = args.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        return args.substring(0, i);
      }
    }
    return args;
  }

  /** True when a '+' joins a literal with something that is not itself a literal. */
  private static boolean concatenatesOutsideLiterals(String expression) {
    String withoutLiterals = expression.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
    return !withoutLiterals.replaceAll("\"\"\\s*\\+\\s*\"\"", "\"\"").strip().equals("\"\"");
  }
}
