package org.depder.domain.search;

import java.text.Normalizer;
import java.util.Map;

/**
 * Stage 2 of {@link NameFolding}: maps every lower-case letter to plain Latin {@code a-z}.
 *
 * <p>Cyrillic goes to the conventional English (passport-style) transliteration, because that is
 * the spelling an English writer would produce from the same document; stage 3 then folds the
 * English digraphs, so a Cyrillic name and its English rendering meet in one place. Turkmen Latin
 * letters go to the spelling a writer without a Turkmen keyboard uses.
 */
final class LetterTable {

  private static final Map<Integer, String> LETTERS =
      Map.ofEntries(
          // Turkmen Latin (1999 alphabet): the eight letters outside ASCII.
          letter('ä', "a"),
          letter('ç', "ch"),
          letter('ž', "zh"),
          letter('ň', "n"),
          letter('ö', "o"),
          letter('ş', "sh"),
          letter('ü', "u"),
          letter('ý', "y"),
          // Turkmen Latin of 1993-1999 used currency-like signs; old documents still carry them.
          letter('¢', "ch"),
          letter('$', "sh"),
          letter('¥', "y"),
          letter('£', "zh"),
          letter('ÿ', "y"),
          // Turkish keyboards: dotless ı is the sound Turkmen writes Y.
          letter('ı', "y"),
          // Russian Cyrillic.
          letter('а', "a"),
          letter('б', "b"),
          letter('в', "v"),
          letter('г', "g"),
          letter('д', "d"),
          letter('е', "e"),
          letter('ё', "yo"),
          letter('ж', "zh"),
          letter('з', "z"),
          letter('и', "i"),
          letter('й', "y"),
          letter('к', "k"),
          letter('л', "l"),
          letter('м', "m"),
          letter('н', "n"),
          letter('о', "o"),
          letter('п', "p"),
          letter('р', "r"),
          letter('с', "s"),
          letter('т', "t"),
          letter('у', "u"),
          letter('ф', "f"),
          letter('х', "kh"),
          letter('ц', "ts"),
          letter('ч', "ch"),
          letter('ш', "sh"),
          letter('щ', "shch"),
          letter('ъ', ""),
          letter('ы', "y"),
          letter('ь', ""),
          letter('э', "e"),
          letter('ю', "yu"),
          letter('я', "ya"),
          // Cyrillic Turkmen (1940-1993): the same sounds as the Latin letters above.
          letter('ә', "a"),
          letter('ө', "o"),
          letter('ү', "u"),
          letter('ң', "n"),
          letter('җ', "dzh"),
          // Neighbours' Cyrillic (Kazakh, Uzbek, Tajik, Ukrainian) seen in travel documents.
          letter('ғ', "g"),
          letter('қ', "k"),
          letter('ҳ', "kh"),
          letter('һ', "h"),
          letter('ў', "u"),
          letter('ұ', "u"),
          letter('ҷ', "dzh"),
          letter('і', "i"),
          letter('ї', "yi"),
          letter('є', "ye"));

  private LetterTable() {}

  private static Map.Entry<Integer, String> letter(char letter, String latin) {
    return Map.entry((int) letter, latin);
  }

  /**
   * Appends the Latin spelling of one code point of lower-case NFKC text. Letters outside the table
   * lose their diacritics (é → e, ğ → g, İ's combining dot); anything that is still not {@code a-z}
   * afterwards (digits, apostrophes, soft signs, other scripts) is dropped.
   */
  static void appendLatin(int codePoint, StringBuilder out) {
    if (codePoint >= 'a' && codePoint <= 'z') {
      out.append((char) codePoint);
      return;
    }
    String mapped = LETTERS.get(codePoint);
    if (mapped != null) {
      out.append(mapped);
      return;
    }
    String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
    if (decomposed.codePointCount(0, decomposed.length()) == 1) {
      return;
    }
    decomposed.codePoints().forEach(part -> appendLatin(part, out));
  }
}
