package org.depder.domain.screening;

/**
 * One way for a dimension to become positive: at least this many strong, medium and weak Yes items,
 * and at least {@code mediumOrWeak} that are medium or weak. The ILO rule is four of these (2S |
 * 1S+1(M/W) | 3M | 2M+1W); they are data so that a validated rule set can change them.
 */
public record Combination(int strong, int medium, int weak, int mediumOrWeak) {
  public Combination {
    if (strong < 0 || medium < 0 || weak < 0 || mediumOrWeak < 0) {
      throw new IllegalArgumentException("negative count in combination");
    }
    if (strong + medium + weak + mediumOrWeak == 0) {
      // a combination needing nothing would make every dimension positive
      throw new IllegalArgumentException("empty combination");
    }
  }

  public boolean isMetBy(int s, int m, int w) {
    return s >= strong && m >= medium && w >= weak && m + w >= mediumOrWeak;
  }
}
