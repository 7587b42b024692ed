package org.depder.domain.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folds a person's name, written in Turkmen Latin, Cyrillic (Russian or Turkmen) or English
 * transliteration, to a search key of plain {@code a-z} letters, so that the spellings different
 * clerks give the same person meet: {@code Ахмедов}, {@code Ahmedow} and {@code Akhmedov} all fold
 * to {@code ahmedov}.
 *
 * <p>The key is lossy on purpose and is not meant for display. Folding is:
 *
 * <ol>
 *   <li>Unicode clean-up: NFKC, then lower case with {@link Locale#ROOT} rules. Turkmen maps I to
 *       dotted i as English does, so the Turkish dotless-i rules must never be used.
 *   <li>{@link LetterTable}: each letter to plain Latin (Cyrillic and Turkmen letters by table,
 *       other letters lose their diacritics, non-letters are dropped).
 *   <li>to 6. {@link SpellingRules}: digraphs, the two roles of y, doubled letters, word-final
 *       devoicing.
 * </ol>
 *
 * <p>Stages 2 to 6 are repeated until the text no longer changes, which makes folding idempotent by
 * construction. The rules, and the name pairs that justify each, are in {@code
 * docs/name-search.md}.
 *
 * <p>Keys are persisted indirectly (the vault's blind-index tokens are computed from them), so any
 * change to the output for any input needs a new {@link #FOLDING_VERSION}.
 */
public final class NameFolding {

  /** Version of the folding rules; part of every stored token derived from a folded key. */
  public static final int FOLDING_VERSION = 1;

  /**
   * Folded patronymic markers (Turkmen ogly/gyzy, Russian оглы/кызы, Uzbek o‘g‘li/qizi, Turkish
   * oğlu): they say "son of"/"daughter of" and identify nobody, so {@link #tokens} leaves them out.
   */
  private static final Set<String> PATRONYMIC_MARKERS =
      Set.of("ogli", "oglu", "ugli", "gizi", "kizi");

  /**
   * A safety bound: after the first pass (x→ks) no rule lengthens the text, and the same-length
   * rewrites (w→v, d→t, b→p, y→i before a non-vowel, i→y at a word start before a vowel) cannot
   * undo each other, so names settle in two or three passes; the idempotence property checks it.
   */
  private static final int MAX_PASSES = 8;

  private NameFolding() {}

  /** The search key of one word of a name; empty if the word has no letters. */
  public static String fold(String word) {
    return fold(word, SpellingRules.Edges.WHOLE_WORD);
  }

  /**
   * The key of the beginning of a word still being typed: like {@link #fold}, but without the
   * word-end rule, so that "Ahmed" stays a prefix of "Ahmedow" instead of becoming "ahmet".
   */
  public static String foldPrefix(String wordStart) {
    return fold(wordStart, SpellingRules.Edges.WORD_START);
  }

  /** The key of a piece from inside a word: neither word-start nor word-end rules apply. */
  public static String foldInfix(String wordPiece) {
    return fold(wordPiece, SpellingRules.Edges.INSIDE_WORD);
  }

  /**
   * The distinct folded tokens of a full name, in order of first appearance: family name, given
   * name and patronymic in any order, separated by spaces, hyphens or punctuation. Patronymic
   * markers are left out.
   */
  public static List<String> tokens(String fullName) {
    Set<String> tokens = new LinkedHashSet<>();
    for (String word : words(fullName)) {
      String key = fold(word);
      if (!key.isEmpty() && !PATRONYMIC_MARKERS.contains(key)) {
        tokens.add(key);
      }
    }
    return List.copyOf(tokens);
  }

  /**
   * The raw words of a full name, split where a name can be split: at anything that is neither a
   * letter, a combining mark, an apostrophe (Ol'ga, o‘g‘li) nor a legacy Turkmen letter sign.
   */
  static List<String> words(String fullName) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String text = Normalizer.normalize(fullName, Normalizer.Form.NFKC);
    text.codePoints()
        .forEach(
            cp -> {
              if (belongsToWord(cp)) {
                word.appendCodePoint(cp);
              } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
              }
            });
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static boolean belongsToWord(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || cp == '\''
        || cp == '`'
        || cp == '\u2019'
        || cp == '\u2018'
        || cp == '\u02BC'
        || cp == '\u02BB'
        || cp == '$'
        || cp == '¢'
        || cp == '¥'
        || cp == '£';
  }

  private static String fold(String text, SpellingRules.Edges edges) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String key = toLatin(lower);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String next = SpellingRules.apply(key, edges);
      if (next.equals(key)) {
        return key;
      }
      key = next;
    }
    return key;
  }

  private static String toLatin(String lower) {
    StringBuilder latin = new StringBuilder(lower.length() + 4);
    lower.codePoints().forEach(cp -> LetterTable.appendLatin(cp, latin));
    return latin.toString();
  }
}
