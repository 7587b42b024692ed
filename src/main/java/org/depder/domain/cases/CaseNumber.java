package org.depder.domain.cases;

import java.util.Random;
import java.util.regex.Pattern;

/**
 * The pseudonymous case number printed on referral letters and said on the phone, e.g. {@code
 * DC-7K3F-9Q2M}: random, so it says nothing about the person, the place or the date, and in
 * Crockford's base-32 alphabet (no I, L, O, U) so that it survives being read aloud and retyped. 40
 * random bits: collisions are checked by the store, not assumed away.
 */
public final class CaseNumber {
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Pattern FORM =
      Pattern.compile("DC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

  private CaseNumber() {}

  public static String generate(Random random) {
    StringBuilder s = new StringBuilder("DC-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        s.append('-');
      }
      s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  public static boolean isValid(String number) {
    return number != null && FORM.matcher(number).matches();
  }
}
