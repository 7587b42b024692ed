package org.depder.domain.cases;

/**
 * The age band that leaves the case and goes into a referral packet instead of a birth date. The
 * bands are those of the screening (app.screening.AgeBand) so that a case opened from a screening
 * keeps its band; {@link #UNKNOWN} when nobody knows.
 */
public enum AgeBand {
  UNDER_14(0, 13),
  FROM_14_TO_17(14, 17),
  FROM_18_TO_25(18, 25),
  FROM_26_TO_40(26, 40),
  FROM_41_TO_60(41, 60),
  OVER_60(61, Integer.MAX_VALUE),
  UNKNOWN(-1, -1);

  private final int from;
  private final int to;

  AgeBand(int from, int to) {
    this.from = from;
    this.to = to;
  }

  public static AgeBand ofYears(int years) {
    for (AgeBand band : values()) {
      if (years >= band.from && years <= band.to) {
        return band;
      }
    }
    return UNKNOWN;
  }

  /** Under 18 by band; a person of unknown age may still be presumed a minor (see Case). */
  public boolean child() {
    return this == UNDER_14 || this == FROM_14_TO_17;
  }
}
