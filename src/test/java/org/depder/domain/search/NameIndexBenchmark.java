package org.depder.domain.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Micro-benchmark of {@link NameIndex} at 100,000 synthetic names (not a test: run by hand, see
 * {@code docs/name-search.md}). Prints timings and sizes only, never a name.
 *
 * <pre>
 * mvn -B -q test-compile
 * java -Xmx1g -cp target/classes:target/test-classes \
 *     org.depder.domain.search.NameIndexBenchmark [records [percent of names with a typo]]
 * </pre>
 */
public final class NameIndexBenchmark {

  private static final int WARM_UP_QUERIES = 1_000;
  private static final int MEASURED_QUERIES = 3_000;
  private static final int LIMIT = 50;

  private NameIndexBenchmark() {}

  public static void main(String[] args) throws InterruptedException {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int typoPercent = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    long heapAtStart = usedHeapAfterGc();
    Random random = new Random(20261129L);
    SyntheticNames generator = new SyntheticNames(random.nextLong());
    List<String> names = new ArrayList<>(records);
    List<UUID> ids = new ArrayList<>(records);
    for (int i = 0; i < records; i++) {
      String name = generator.fullName();
      // Some names carry a clerk's typo (10% by default): that is what makes the dictionary grow.
      names.add(random.nextInt(100) < typoPercent ? typoInOneWord(name, random) : name);
      ids.add(new UUID(random.nextLong(), random.nextLong()));
    }
    long heapWithNames = usedHeapAfterGc();
    long namesHeap = heapWithNames - heapAtStart;

    double coldBuildMillis = timeBuild(names, ids).millis();
    NameIndex index = timeBuild(names, ids).index();
    long heapWithIndex = usedHeapAfterGc();
    int size = index.size();
    index = null;
    long heapWithoutIndex = usedHeapAfterGc();
    Built warm = timeBuild(names, ids);
    index = warm.index();

    Set<String> distinctTerms = new HashSet<>();
    names.forEach(name -> distinctTerms.addAll(NameFolding.tokens(name)));

    System.out.printf(Locale.ROOT, "records            %,d%n", size);
    System.out.printf(Locale.ROOT, "distinct terms     %,d%n", distinctTerms.size());
    System.out.printf(Locale.ROOT, "build, first       %.0f ms%n", coldBuildMillis);
    System.out.printf(Locale.ROOT, "build, third       %.0f ms%n", warm.millis());
    System.out.printf(
        Locale.ROOT,
        "retained heap      %.1f MiB%n",
        (heapWithIndex - heapWithoutIndex) / 1048576.0);
    System.out.printf(
        Locale.ROOT,
        "(for scale: the names as Strings and ids as UUIDs take %.1f MiB)%n",
        namesHeap / 1048576.0);

    measure(index, "exact, 1 word", names, random, (word) -> word.get(0));
    measure(
        index,
        "exact, 2 words",
        names,
        random,
        (word) -> word.get(0) + " " + word.get(word.size() - 1));
    measure(index, "prefix, 4 letters", names, random, (word) -> prefix(word.get(0), 4));
    measure(index, "substring, 4 letters", names, random, (word) -> piece(word.get(0), 4, random));
    measure(index, "fuzzy, 1 typo", names, random, (word) -> typo(word.get(0), random));
    measure(
        index,
        "fuzzy + prefix, 2 words",
        names,
        random,
        (word) -> typo(word.get(0), random) + " " + prefix(word.get(word.size() - 1), 3));
    if (index.search(names.get(0), 1).isEmpty()) {
      throw new IllegalStateException("the first name was not found");
    }
  }

  private record Built(NameIndex index, double millis) {}

  private static Built timeBuild(List<String> names, List<UUID> ids) {
    long started = System.nanoTime();
    NameIndex.Builder builder = NameIndex.builder();
    for (int i = 0; i < names.size(); i++) {
      builder.add(ids.get(i), names.get(i));
    }
    NameIndex index = builder.build();
    return new Built(index, (System.nanoTime() - started) / 1e6);
  }

  private static void measure(
      NameIndex index,
      String label,
      List<String> names,
      Random random,
      Function<List<String>, String> queryOf) {
    long[] nanos = new long[MEASURED_QUERIES];
    long found = 0;
    for (int i = 0; i < WARM_UP_QUERIES + MEASURED_QUERIES; i++) {
      String query = queryOf.apply(NameFolding.words(names.get(random.nextInt(names.size()))));
      long started = System.nanoTime();
      int hits = index.search(query, LIMIT).size();
      long elapsed = System.nanoTime() - started;
      if (i >= WARM_UP_QUERIES) {
        nanos[i - WARM_UP_QUERIES] = elapsed;
        found += hits;
      }
    }
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "%-26s p50 %6.2f ms   p95 %6.2f ms   max %6.2f ms   mean hits %.1f%n",
        label,
        nanos[nanos.length / 2] / 1e6,
        nanos[nanos.length * 95 / 100] / 1e6,
        nanos[nanos.length - 1] / 1e6,
        (double) found / MEASURED_QUERIES);
  }

  private static String prefix(String word, int length) {
    return word.substring(0, Math.min(length, word.length()));
  }

  private static String piece(String word, int length, Random random) {
    if (word.length() <= length) {
      return word;
    }
    int from = 1 + random.nextInt(word.length() - length);
    return word.substring(from, from + length);
  }

  private static String typoInOneWord(String name, Random random) {
    List<String> words = new ArrayList<>(NameFolding.words(name));
    int which = random.nextInt(words.size());
    if (words.get(which).length() > 1) {
      words.set(which, typo(words.get(which), random));
    }
    return String.join(" ", words);
  }

  /** One deletion, substitution, insertion or neighbour swap, somewhere in the text. */
  private static String typo(String text, Random random) {
    StringBuilder edited = new StringBuilder(text);
    int at = random.nextInt(text.length() - 1);
    char letter = text.charAt(random.nextInt(text.length()));
    switch (random.nextInt(4)) {
      case 0 -> edited.deleteCharAt(at);
      case 1 -> edited.setCharAt(at, letter);
      case 2 -> edited.insert(at, letter);
      default -> {
        edited.setCharAt(at, text.charAt(at + 1));
        edited.setCharAt(at + 1, text.charAt(at));
      }
    }
    return edited.toString();
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
