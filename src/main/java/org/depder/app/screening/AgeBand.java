package org.depder.app.screening;

/**
 * An age band for when the exact age is not known. The two bands under 18 put the person on the
 * child path just like an age in years would.
 */
public enum AgeBand {
  UNDER_14(0, 13, "screening.ageBand.under14"),
  FROM_14_TO_17(14, 17, "screening.ageBand.from14to17"),
  FROM_18_TO_25(18, 25, "screening.ageBand.from18to25"),
  FROM_26_TO_40(26, 40, "screening.ageBand.from26to40"),
  FROM_41_TO_60(41, 60, "screening.ageBand.from41to60"),
  OVER_60(61, PersonDetails.OLDEST_PLAUSIBLE_AGE, "screening.ageBand.over60");

  private final int from;
  private final int to;
  private final String key;

  AgeBand(int from, int to, String key) {
    this.from = from;
    this.to = to;
    this.key = key;
  }

  public boolean contains(int years) {
    return years >= from && years <= to;
  }

  public boolean child() {
    return to < org.depder.domain.screening.PersonAge.AGE_OF_MAJORITY;
  }

  public String key() {
    return key;
  }
}
