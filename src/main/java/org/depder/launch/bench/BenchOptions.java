package org.depder.launch.bench;

import java.nio.file.Path;
import java.util.OptionalLong;

/** Parsed {@code bench} arguments. Unset numbers fall back to each suite's own default. */
record BenchOptions(
    String suite,
    OptionalLong runsOption,
    OptionalLong recordsOption,
    Path json,
    Path launcher,
    OptionalLong devicesOption,
    String db,
    String dbUser) {

  static BenchOptions parse(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("Name a benchmark suite: bench <suite> [options]");
    }
    OptionalLong runs = OptionalLong.empty();
    OptionalLong records = OptionalLong.empty();
    Path json = null;
    Path launcher = null;
    OptionalLong devices = OptionalLong.empty();
    String db = null;
    String dbUser = null;
    for (int i = 1; i < args.length; i++) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value after " + flag);
      }
      String value = args[++i];
      switch (flag) {
        case "--runs" -> runs = OptionalLong.of(positive(flag, value));
        case "--records" -> records = OptionalLong.of(positive(flag, value));
        case "--json" -> json = Path.of(value);
        case "--launcher" -> launcher = Path.of(value);
        case "--devices" -> devices = OptionalLong.of(positive(flag, value));
        case "--db" -> db = value;
        case "--db-user" -> dbUser = value;
        default -> throw new IllegalArgumentException("Unknown option " + flag);
      }
    }
    return new BenchOptions(args[0], runs, records, json, launcher, devices, db, dbUser);
  }

  private static long positive(String flag, String value) {
    try {
      long n = Long.parseLong(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below with the flag's name
    }
    throw new IllegalArgumentException(
        flag + " needs a positive whole number, not '" + value + "'");
  }

  int runs(int defaultRuns) {
    return (int) runsOption.orElse(defaultRuns);
  }

  long records(long defaultRecords) {
    return recordsOption.orElse(defaultRecords);
  }

  int devices(int defaultDevices) {
    return Math.toIntExact(devicesOption.orElse(defaultDevices));
  }
}
