package org.depder.domain.search;

import java.util.List;

/**
 * Stages 3 to 6 of {@link NameFolding}: rules over plain {@code a-z} text that make the spelling
 * conventions of Turkmen Latin, Russian-via-English and English transliteration agree. Each rule is
 * listed in {@code docs/name-search.md} with the name pairs that motivate it.
 */
final class SpellingRules {

  /** Where the folded text sits in the written word; rules tied to a word edge need to know. */
  enum Edges {
    /** A whole word: both word-start and word-end rules apply. */
    WHOLE_WORD(true, true),
    /** The beginning of a word the user has not finished typing. */
    WORD_START(true, false),
    /** A piece from anywhere inside a word. */
    INSIDE_WORD(false, false);

    final boolean atStart;
    final boolean atEnd;

    Edges(boolean atStart, boolean atEnd) {
      this.atStart = atStart;
      this.atEnd = atEnd;
    }
  }

  private record Rewrite(String from, String to) {}

  /**
   * Stage 3, longest match first at each position: the digraphs that English and German-style
   * transliterations use for one sound, and the Latin letters Turkmen names never need.
   */
  private static final List<Rewrite> DIGRAPHS =
      List.of(
          new Rewrite("shch", "sh"),
          new Rewrite("dzh", "j"),
          new Rewrite("sch", "sh"),
          new Rewrite("tch", "ch"),
          new Rewrite("zh", "j"),
          new Rewrite("dj", "j"),
          new Rewrite("kh", "h"),
          new Rewrite("ph", "f"),
          new Rewrite("x", "ks"),
          new Rewrite("q", "k"),
          new Rewrite("w", "v"));

  private SpellingRules() {}

  /** One pass of stages 3-6; {@link NameFolding} repeats it until nothing changes. */
  static String apply(String latin, Edges edges) {
    String text = rewriteDigraphs(latin);
    text = settleY(text, edges);
    text = collapseDoubles(text);
    return edges.atEnd ? devoiceFinal(text) : text;
  }

  private static String rewriteDigraphs(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    next:
    while (i < text.length()) {
      for (Rewrite rewrite : DIGRAPHS) {
        if (text.startsWith(rewrite.from, i)) {
          out.append(rewrite.to);
          i += rewrite.from.length();
          continue next;
        }
      }
      out.append(text.charAt(i++));
    }
    return out.toString();
  }

  /**
   * Stage 4. The letter y is a consonant before a vowel (Turkmen ý, Russian й/я/е/ю) and a vowel
   * otherwise (Turkmen y, Russian ы, English -y); the vowel is written i. A y glide that spellings
   * disagree on is dropped: after i before a vowel (Mariýa, Мария, Maria), before e after a vowel
   * (Jumaýew, Джумаев, Dzhumaev) and before e at the start of a word (Yelena, Елена). In a word
   * still being typed, a last y is dropped: the letter after it decides which of these it is.
   */
  private static String settleY(String text, Edges edges) {
    StringBuilder out = new StringBuilder(text.length());
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      char following = i + 1 < length ? text.charAt(i + 1) : 0;
      boolean atStart = edges.atStart && i == 0;
      if (c == 'i' && atStart && (following == 'a' || following == 'o' || following == 'u')) {
        out.append('y');
      } else if (c != 'y') {
        out.append(c);
      } else if (!edges.atEnd && i == length - 1) {
        continue;
      } else if (!isVowel(following)) {
        out.append('i');
      } else if (following == 'e' && (atStart || (i > 0 && isVowel(text.charAt(i - 1))))) {
        continue;
      } else if (i > 0 && text.charAt(i - 1) == 'i') {
        continue;
      } else {
        out.append('y');
      }
    }
    return out.toString();
  }

  /** Stage 5: Mämmedow, Мамедов and Mammedov differ only in doubled letters. */
  private static String collapseDoubles(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i == 0 || c != text.charAt(i - 1)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Stage 6: Turkmen spelling writes a word-final d or b as it sounds (Ahmet, Myrat, Habyp), while
   * Russian keeps the etymological letter (Ахмед, Мурад, Хабиб).
   */
  private static String devoiceFinal(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char last = text.charAt(text.length() - 1);
    if (last == 'd' || last == 'b') {
      return text.substring(0, text.length() - 1) + (last == 'd' ? 't' : 'p');
    }
    return text;
  }

  static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
