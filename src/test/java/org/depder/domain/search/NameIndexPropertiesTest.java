package org.depder.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

class NameIndexPropertiesTest {

  private static final String EDIT_LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final String RAW_LETTERS = "aeiouyäöüýçşňžjwkhабвгджзийклмнопрстуфхцчшщыьэюяә";

  private record Corpus(List<String> names, NameIndex index) {
    UUID id(int entry) {
      return new UUID(42, entry);
    }
  }

  private static Corpus corpus(Random random, int size) {
    SyntheticNames generator = new SyntheticNames(random.nextLong());
    List<String> names = new ArrayList<>();
    NameIndex.Builder builder = NameIndex.builder();
    for (int entry = 0; entry < size; entry++) {
      String name = generator.fullName();
      names.add(name);
      builder.add(new UUID(42, entry), name);
    }
    return new Corpus(names, builder.build());
  }

  @Property(tries = 500)
  void aSingleEditOfAnIndexedWordFindsTheRecord(@ForAll long seed) {
    Random random = new Random(seed);
    Corpus corpus = corpus(random, 40);
    int entry = random.nextInt(corpus.names().size());
    List<String> tokens = NameFolding.tokens(corpus.names().get(entry));
    String token = tokens.get(random.nextInt(tokens.size()));
    String edited = edit(token, random);
    String refolded = NameFolding.fold(edited);

    boolean stillOneEditAway =
        refolded.length() >= QueryWord.MIN_FUZZY_LENGTH
            && OsaDistance.between(refolded, token) <= 1;
    Statistics.label("folding kept the edit within one").collect(stillOneEditAway);
    if (stillOneEditAway) {
      List<UUID> found =
          corpus.index().search(edited, 1000).stream().map(NameHit::recordId).toList();
      assertThat(found).contains(corpus.id(entry));
    }
  }

  @Property(tries = 500)
  void theIndexReturnsExactlyWhatTheDocumentedRulesMatch(@ForAll long seed) {
    Random random = new Random(seed);
    Corpus corpus = corpus(random, 60);
    String query = query(corpus, random);

    List<NameHit> expected = ReferenceMatcher.search(corpus.names(), corpus::id, query);
    List<NameHit> actual = corpus.index().search(query, 1000);

    Statistics.label("has results").collect(!expected.isEmpty());
    assertThat(actual).isEqualTo(expected);
  }

  private static String query(Corpus corpus, Random random) {
    String name = corpus.names().get(random.nextInt(corpus.names().size()));
    List<String> words = NameFolding.words(name);
    String word = words.get(random.nextInt(words.size()));
    switch (random.nextInt(5)) {
      case 0:
        return word;
      case 1:
        return word.substring(0, 1 + random.nextInt(word.length()));
      case 2:
        int from = random.nextInt(word.length());
        return word.substring(from, from + 1 + random.nextInt(word.length() - from));
      case 3:
        return rawEdit(word, random);
      default:
        String other = words.get(random.nextInt(words.size()));
        return word + " " + other.substring(0, Math.max(1, other.length() - random.nextInt(3)));
    }
  }

  private static String edit(String key, Random random) {
    return applyEdit(key, random, EDIT_LETTERS);
  }

  private static String rawEdit(String word, Random random) {
    return applyEdit(word, random, RAW_LETTERS);
  }

  /** Insertion, deletion, substitution or neighbour swap at a random place. */
  private static String applyEdit(String text, Random random, String letters) {
    StringBuilder edited = new StringBuilder(text);
    char letter = letters.charAt(random.nextInt(letters.length()));
    int kind = text.length() < 2 ? 0 : random.nextInt(4);
    switch (kind) {
      case 0 -> edited.insert(random.nextInt(text.length() + 1), letter);
      case 1 -> edited.deleteCharAt(random.nextInt(text.length()));
      case 2 -> edited.setCharAt(random.nextInt(text.length()), letter);
      default -> {
        int at = random.nextInt(text.length() - 1);
        edited.setCharAt(at, text.charAt(at + 1));
        edited.setCharAt(at + 1, text.charAt(at));
      }
    }
    return edited.toString();
  }

  /**
   * The matching rules of {@link NameIndex} as plain nested loops over the names, using only the
   * public folding functions and a textbook edit distance.
   */
  static final class ReferenceMatcher {

    interface Ids {
      UUID of(int entry);
    }

    private record Scored(int entry, int weakest, int sum) {}

    static List<NameHit> search(List<String> names, Ids ids, String query) {
      List<String[]> words = new ArrayList<>();
      for (String raw : NameFolding.words(query)) {
        if (!NameFolding.tokens(raw).isEmpty()) {
          words.add(
              new String[] {
                NameFolding.fold(raw), NameFolding.foldPrefix(raw), NameFolding.foldInfix(raw)
              });
        }
      }
      List<Scored> scored = new ArrayList<>();
      for (int entry = 0; entry < names.size() && !words.isEmpty(); entry++) {
        List<String> tokens = NameFolding.tokens(names.get(entry));
        int weakest = Integer.MAX_VALUE;
        int sum = 0;
        for (String[] word : words) {
          int best = 0;
          for (String token : tokens) {
            best = Math.max(best, rank(word, token));
          }
          weakest = Math.min(weakest, best);
          sum += best;
        }
        if (!tokens.isEmpty() && weakest > 0) {
          scored.add(new Scored(entry, weakest, sum));
        }
      }
      scored.sort(
          Comparator.comparingInt(Scored::weakest)
              .reversed()
              .thenComparing(Comparator.comparingInt(Scored::sum).reversed())
              .thenComparingInt(Scored::entry));
      return scored.stream()
          .map(s -> new NameHit(ids.of(s.entry()), MatchKind.values()[4 - s.weakest()]))
          .toList();
    }

    private static int rank(String[] word, String token) {
      String whole = word[0];
      String start = word[1];
      String piece = word[2];
      if (token.equals(whole)) {
        return 4;
      }
      if (start.length() >= 3 && token.startsWith(start)) {
        return 3;
      }
      if (piece.length() >= 3 && token.contains(piece)) {
        return 2;
      }
      if (whole.length() >= 4 && OsaDistance.between(whole, token) <= 1) {
        return 1;
      }
      return 0;
    }
  }
}
