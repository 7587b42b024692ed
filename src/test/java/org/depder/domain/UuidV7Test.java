package org.depder.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7Test {
  private static final long MILLIS = 0x0189_5A6B_7C8DL;

  @Test
  void bitLayoutFollowsRfc9562() {
    UuidV7 generator = new UuidV7(fixedClock(MILLIS), new Random(1));
    UUID id = generator.next();

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(MILLIS);
    assertThat((id.getMostSignificantBits() >>> 12) & 0xF).isEqualTo(7);
    assertThat(id.getLeastSignificantBits() >>> 62).isEqualTo(0b10);
    assertThat(id.toString()).startsWith("01895a6b-7c8d-7");
    assertThat(UuidV7.timestampMillis(id)).isEqualTo(MILLIS);
  }

  @Test
  void idsAreStrictlyIncreasingWithinOneMillisecondAndAcrossCounterOverflow() {
    UuidV7 generator = new UuidV7(fixedClock(MILLIS), new Random(2));
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(generator.next());
    }
    assertStrictlyIncreasing(ids);
    assertThat(UuidV7.timestampMillis(ids.get(ids.size() - 1))).isGreaterThan(MILLIS);
  }

  @Test
  void idsStayOrderedWhenTheClockStepsBack() {
    long[] times = {MILLIS, MILLIS + 5, MILLIS - 1000, MILLIS + 5, MILLIS + 6};
    int[] index = {0};
    Clock stepping =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return Instant.ofEpochMilli(times[Math.min(index[0]++, times.length - 1)]);
          }
        };
    UuidV7 generator = new UuidV7(stepping, new Random(3));
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      ids.add(generator.next());
    }
    assertStrictlyIncreasing(ids);
  }

  @Test
  void stringFormSortsLikeTheBits() {
    UuidV7 generator = new UuidV7();
    UUID first = generator.next();
    UUID second = generator.next();
    assertThat(first.toString()).isLessThan(second.toString());
  }

  @Test
  void rejectsOtherVersions() {
    assertThatThrownBy(() -> UuidV7.timestampMillis(UUID.randomUUID()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertStrictlyIncreasing(List<UUID> ids) {
    for (int i = 1; i < ids.size(); i++) {
      UUID a = ids.get(i - 1);
      UUID b = ids.get(i);
      int cmp = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
      if (cmp == 0) {
        cmp = Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
      }
      assertThat(cmp).as("id %d sorts before id %d", i - 1, i).isNegative();
      assertThat(a.toString()).isLessThan(b.toString());
    }
  }

  private static Clock fixedClock(long millis) {
    return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
  }
}
