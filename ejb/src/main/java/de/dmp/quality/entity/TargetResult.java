package de.dmp.quality.entity;

import de.dmp.programme.entity.Improvement;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One quality target's result: the achieved share (null without patients in the denominator)
 * against the contract's share (null where the region's contract sets none). The label is the
 * G-BA's, with the definition's optional English label beside it.
 */
public record TargetResult(
    String code,
    String label,
    String labelEn,
    Improvement improvement,
    long numerator,
    long denominator,
    BigDecimal share,
    BigDecimal targetShare,
    String contractVersion)
    implements Serializable {

  /** A share to a hundredth of a percent: 0.0149 for 1 of 67. */
  private static final int SHARE_DECIMALS = 4;

  public static TargetResult of(
      String code,
      String label,
      String labelEn,
      Improvement improvement,
      long numerator,
      long denominator,
      TargetShare configured,
      String contractVersion) {
    BigDecimal share =
        denominator == 0
            ? null
            : BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), SHARE_DECIMALS, RoundingMode.HALF_UP);
    return new TargetResult(
        code,
        label,
        labelEn,
        improvement,
        numerator,
        denominator,
        share,
        configured == null ? null : configured.share(),
        configured == null ? null : contractVersion);
  }

  /** Whether the share reaches the contract's; null when either is unknown. */
  public Boolean met() {
    return share == null || targetShare == null ? null : reaches(share);
  }

  /**
   * The share as a percentage to show, with the fewest decimals that still tell the verdict: 1 of
   * 67 against "≤ 1 %" is 1.5 %, not 1 %, which would read as met. The share is kept to two
   * decimals of a percent, so at the most it is shown exactly; null without patients.
   */
  public BigDecimal shownPercent() {
    if (share == null) {
      return null;
    }
    Boolean met = met();
    for (int decimals = 0; decimals < SHARE_DECIMALS - 2; decimals++) {
      BigDecimal shown = share.setScale(decimals + 2, RoundingMode.HALF_UP);
      if (met == null || reaches(shown) == met) {
        return percent(shown);
      }
    }
    return percent(share);
  }

  /** The contract's share as a percentage, 1.5 rather than 1.50; null where it sets none. */
  public BigDecimal targetPercent() {
    return targetShare == null ? null : percent(targetShare);
  }

  private boolean reaches(BigDecimal achieved) {
    int comparison = achieved.compareTo(targetShare);
    return improvement == Improvement.HIGHER ? comparison >= 0 : comparison <= 0;
  }

  private static BigDecimal percent(BigDecimal share) {
    BigDecimal percent = share.movePointRight(2).stripTrailingZeros();
    return percent.scale() < 0 ? percent.setScale(0) : percent;
  }
}
