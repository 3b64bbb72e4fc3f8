package de.dmp.quality.entity;

import de.dmp.programme.entity.Improvement;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One quality target's result: the achieved share (null without patients in the denominator)
 * against the contract's share (null where the region's contract sets none).
 */
public record TargetResult(
    String code,
    String label,
    Improvement improvement,
    long numerator,
    long denominator,
    BigDecimal share,
    BigDecimal targetShare,
    String contractVersion)
    implements Serializable {

  public static TargetResult of(
      String code,
      String label,
      Improvement improvement,
      long numerator,
      long denominator,
      TargetShare configured,
      String contractVersion) {
    BigDecimal share =
        denominator == 0
            ? null
            : BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    return new TargetResult(
        code,
        label,
        improvement,
        numerator,
        denominator,
        share,
        configured == null ? null : configured.share(),
        configured == null ? null : contractVersion);
  }

  /** Whether the share reaches the contract's; null when either is unknown. */
  public Boolean met() {
    if (share == null || targetShare == null) {
      return null;
    }
    int comparison = share.compareTo(targetShare);
    return improvement == Improvement.HIGHER ? comparison >= 0 : comparison <= 0;
  }
}
