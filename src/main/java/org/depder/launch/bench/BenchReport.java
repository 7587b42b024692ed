package org.depder.launch.bench;

import java.util.Locale;
import java.util.Map;

/**
 * One benchmark run as ARCHITECTURE.md section 2 defines it: {@code {"suite", "records", "metrics",
 * "limits"}}, times in milliseconds, sizes in bytes, heap in MiB. Written without a JSON library so
 * that a benchmark never measures one being loaded.
 */
public record BenchReport(
    String suite, long records, Map<String, Double> metrics, Map<String, Double> limits) {

  public BenchReport {
    metrics = Map.copyOf(metrics);
    limits = Map.copyOf(limits);
  }

  /** A plain table for the console: every metric, then every limit measured in the same run. */
  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "suite %s, records %d%n", suite, records));
    out.append(String.format(Locale.ROOT, "%-34s %14s%n", "metric", "value"));
    sorted(metrics)
        .forEach((k, v) -> out.append(String.format(Locale.ROOT, "%-34s %14s%n", k, number(v))));
    sorted(limits)
        .forEach(
            (k, v) ->
                out.append(String.format(Locale.ROOT, "%-34s %14s%n", k + " (limit)", number(v))));
    return out.toString();
  }

  public String toJson() {
    return "{\"suite\": \""
        + suite
        + "\", \"records\": "
        + records
        + ", \"metrics\": "
        + object(metrics)
        + ", \"limits\": "
        + object(limits)
        + "}\n";
  }

  private static Map<String, Double> sorted(Map<String, Double> map) {
    return new java.util.TreeMap<>(map);
  }

  private static String object(Map<String, Double> map) {
    StringBuilder out = new StringBuilder("{");
    sorted(map)
        .forEach(
            (k, v) -> {
              if (out.length() > 1) {
                out.append(", ");
              }
              out.append('"').append(k).append("\": ").append(number(v));
            });
    return out.append('}').toString();
  }

  private static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
