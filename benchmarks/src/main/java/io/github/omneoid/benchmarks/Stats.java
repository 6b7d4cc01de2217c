package io.github.omneoid.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;

/** The harness's arithmetic: means with their 95 % Student-t half-width, medians, and how they print. */
final class Stats {

  private Stats() {
  }

  static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  /** @return the half-width of the 95 % Student-t interval of the mean; NaN under two values */
  static double halfWidth(double[] values) {
    if (values.length < 2) {
      return Double.NaN;
    }
    double mean = mean(values);
    double sumSquares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
    double sd = Math.sqrt(sumSquares / (values.length - 1));
    double t = new TDistribution(values.length - 1).inverseCumulativeProbability(0.975);
    return t * sd / Math.sqrt(values.length);
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** @return "mean ± half-width" in {@code pattern}, the mean alone for one value, "—" for none */
  static String format(double[] values, String pattern) {
    if (values.length == 0) {
      return "—";
    }
    double mean = mean(values);
    if (values.length < 2) {
      return String.format(Locale.ROOT, pattern, mean);
    }
    return String.format(Locale.ROOT, pattern + " ± " + pattern, mean, halfWidth(values));
  }

  /**
   * @param ratios per-round ratios
   * @param target the bound the mean must meet
   * @param atMost true when the ratio must be at most {@code target}, false when at least
   * @return "met" or "NOT met" for the mean, with a note when the interval reaches across the target
   */
  static String verdict(double[] ratios, double target, boolean atMost) {
    if (ratios.length == 0) {
      return "—";
    }
    double mean = mean(ratios);
    double half = halfWidth(ratios);
    boolean met = atMost ? mean <= target : mean >= target;
    boolean sure = Double.isNaN(half) || (atMost ? mean + half <= target || mean - half > target
        : mean - half >= target || mean + half < target);
    return (met ? "met" : "NOT met") + (sure ? "" : " (interval crosses " + target + ")");
  }
}
