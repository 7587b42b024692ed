package org.depder.app.i18n;

/**
 * Formats patterns whose only syntax is plain {@code {0}}-style arguments, filled with texts or
 * small whole numbers, without ICU. The result is exactly what ICU MessageFormat gives for such
 * input (no grouping separators below 1000, no quoting), and it keeps ICU's 0.2 s of class and data
 * loading off the path to the first frame. Anything else goes to ICU.
 */
final class SimpleArguments {
  private SimpleArguments() {}

  static boolean applies(String pattern, Object[] args) {
    if (pattern.indexOf('\'') >= 0) {
      return false;
    }
    for (Object arg : args) {
      if (!(arg instanceof CharSequence || isSmallWholeNumber(arg))) {
        return false;
      }
    }
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '}') {
        return false;
      }
      if (c == '{') {
        if (i + 2 >= pattern.length()
            || !Character.isDigit(pattern.charAt(i + 1))
            || pattern.charAt(i + 2) != '}'
            || pattern.charAt(i + 1) - '0' >= args.length) {
          return false;
        }
        i += 2;
      }
    }
    return true;
  }

  private static boolean isSmallWholeNumber(Object arg) {
    return (arg instanceof Integer || arg instanceof Long || arg instanceof Short)
        && Math.abs(((Number) arg).longValue()) < 1000;
  }

  static String format(String pattern, Object[] args) {
    StringBuilder out = new StringBuilder(pattern.length() + 16);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{') {
        out.append(args[pattern.charAt(i + 1) - '0']);
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
