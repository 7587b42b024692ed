package org.depder.app.vault;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.depder.app.vault.PasswordFeedback.Strength;

/**
 * Judges a proposed password: at least {@value #MIN_LENGTH} characters to be accepted, at least
 * {@value #STRONG_LENGTH} with three kinds of characters (or {@value #PASSPHRASE_LENGTH} of any) to
 * be strong; common passwords, long runs of one character and keyboard or alphabet sequences are
 * weak whatever their length. The comparisons make short-lived strings of the password; the UI's
 * text field already holds it as text, so this adds nothing an attacker could not find there.
 */
final class PasswordPolicy {
  static final int MIN_LENGTH = 10;
  static final int STRONG_LENGTH = 12;
  static final int PASSPHRASE_LENGTH = 16;
  static final String HINT_TOO_SHORT = "password.hint.tooShort";
  static final String HINT_COMMON = "password.hint.common";
  static final String HINT_REPEATED = "password.hint.repeated";
  static final String HINT_SEQUENCE = "password.hint.sequence";
  static final String HINT_ADD_WORDS = "password.hint.addWords";
  static final String HINT_MIX_CHARACTERS = "password.hint.mixCharacters";
  private static final String[] KEYBOARD_ROWS = {
    "qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"
  };

  private final Set<String> common;

  private PasswordPolicy(Set<String> common) {
    this.common = common;
  }

  /** The policy with the shipped list of common passwords. */
  static PasswordPolicy standard() {
    return new PasswordPolicy(loadCommon());
  }

  PasswordFeedback evaluate(char[] password) {
    int length = Character.codePointCount(password, 0, password.length);
    if (length < MIN_LENGTH) {
      return new PasswordFeedback(Strength.TOO_SHORT, false, List.of(HINT_TOO_SHORT));
    }
    List<String> hints = new ArrayList<>();
    if (isCommon(password)) {
      hints.add(HINT_COMMON);
    }
    if (hasRun(password)) {
      hints.add(HINT_REPEATED);
    }
    if (hasSequence(password)) {
      hints.add(HINT_SEQUENCE);
    }
    if (!hints.isEmpty()) {
      hints.add(HINT_ADD_WORDS);
      return new PasswordFeedback(Strength.WEAK, false, hints);
    }
    int kinds = characterKinds(password);
    boolean strong = length >= PASSPHRASE_LENGTH || (length >= STRONG_LENGTH && kinds >= 3);
    if (strong) {
      return new PasswordFeedback(Strength.STRONG, true, List.of());
    }
    if (kinds < 3) {
      hints.add(HINT_MIX_CHARACTERS);
    }
    hints.add(HINT_ADD_WORDS);
    return new PasswordFeedback(Strength.FAIR, true, hints);
  }

  private boolean isCommon(char[] password) {
    String lower = new String(password).toLowerCase(Locale.ROOT);
    StringBuilder letters = new StringBuilder();
    lower.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
    return common.contains(lower) || common.contains(letters.toString());
  }

  /** Three or more of the same character in a row, or fewer distinct characters than a third. */
  private static boolean hasRun(char[] password) {
    int run = 1;
    for (int i = 1; i < password.length; i++) {
      run =
          Character.toLowerCase(password[i]) == Character.toLowerCase(password[i - 1])
              ? run + 1
              : 1;
      if (run >= 3) {
        return true;
      }
    }
    Set<Character> distinct = new HashSet<>();
    for (char c : password) {
      distinct.add(Character.toLowerCase(c));
    }
    return distinct.size() * 3 < password.length;
  }

  /** Four consecutive letters or digits ascending or descending (abcd, 4321), or keyboard runs. */
  private static boolean hasSequence(char[] password) {
    int up = 1;
    int down = 1;
    for (int i = 1; i < password.length; i++) {
      int step = Character.toLowerCase(password[i]) - Character.toLowerCase(password[i - 1]);
      up = step == 1 ? up + 1 : 1;
      down = step == -1 ? down + 1 : 1;
      if ((up >= 4 || down >= 4) && Character.isLetterOrDigit(password[i])) {
        return true;
      }
    }
    String lower = new String(password).toLowerCase(Locale.ROOT);
    for (String row : KEYBOARD_ROWS) {
      for (int i = 0; i + 4 <= row.length(); i++) {
        String piece = row.substring(i, i + 4);
        if (lower.contains(piece) || lower.contains(new StringBuilder(piece).reverse())) {
          return true;
        }
      }
    }
    return false;
  }

  private static int characterKinds(char[] password) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (char c : password) {
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }

  private static Set<String> loadCommon() {
    String resource = "common-passwords.txt";
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
