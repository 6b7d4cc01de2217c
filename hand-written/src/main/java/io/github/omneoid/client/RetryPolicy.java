package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * When a failed call is tried again, and after how long. Immutable; {@link #defaults()} is what a client uses unless
 * told otherwise.
 *
 * <ul>
 *   <li>At most {@code maxRetries} retries (2 by default) after the first attempt.</li>
 *   <li>Statuses 408, 429 and 503 — the server turned the request away — are retried for every method.
 *       502 and 504 — a gateway may already have passed the request on — only for methods that may be repeated
 *       (GET, HEAD, PUT, DELETE, OPTIONS, and minting).</li>
 *   <li>A network failure is retried for a method that may be repeated; for any other method (a POST) only when
 *       the connection was never made, so a request the server may have received is never sent twice. A protocol
 *       error is not retried.</li>
 *   <li>The wait is exponential from {@code initialBackoff} (0.5 s), doubling, capped at {@code maxBackoff} (8 s),
 *       shortened by up to {@code jitter} (20 %) at random so clients do not retry in step.</li>
 *   <li>A {@code Retry-After} header (seconds or an HTTP date) replaces the computed wait; one longer than
 *       {@code maxRetryAfter} (30 s) is not waited for: the error is thrown with the wait the server asked for.</li>
 *   <li>No retry starts whose wait would run past the call timeout.</li>
 * </ul>
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.jitter = builder.jitter;
    this.maxRetryAfter = builder.maxRetryAfter;
  }

  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A policy that never retries. */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .maxRetries(maxRetries)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .jitter(jitter)
        .maxRetryAfter(maxRetryAfter);
  }

  public int maxRetries() {
    return maxRetries;
  }

  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** @return whether a response with this status is worth another attempt */
  public boolean retriesStatus(int status, boolean repeatable) {
    switch (status) {
      case 408:
      case 429:
      case 503:
        return true;
      case 502:
      case 504:
        return repeatable;
      default:
        return false;
    }
  }

  /**
   * @return whether a request that failed with this exception is worth another attempt; never for a
   *     {@link ProtocolException} — an answer HTTP cannot accept (e.g. a 407 with no proxy) comes back the same
   */
  public boolean retriesFailure(IOException failure, boolean repeatable) {
    if (failure instanceof ProtocolException) {
      return false;
    }
    return repeatable || failure instanceof ConnectException;
  }

  /**
   * @param retry 1 for the first retry, 2 for the second, ...
   * @param random a number in [0, 1) that picks the jitter
   * @return the wait before that retry
   */
  public Duration backoff(int retry, double random) {
    long initial = initialBackoff.toMillis();
    long cap = maxBackoff.toMillis();
    long exponential = retry >= 31 ? cap : Math.min(cap, initial << Math.max(0, retry - 1));
    return Duration.ofMillis(Math.round(exponential * (1.0 - jitter * random)));
  }

  /**
   * Reads a {@code Retry-After} value: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
   *
   * @return the wait it asks for (zero for a date in the past), or null when absent or unreadable
   */
  public static Duration parseRetryAfter(String header, Instant now) {
    if (header == null || header.trim().isEmpty()) {
      return null;
    }
    String value = header.trim();
    try {
      double seconds = Double.parseDouble(value);
      return seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)
          ? null : Duration.ofMillis((long) Math.ceil(seconds * 1000));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxBackoff="
        + maxBackoff + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter + "}";
  }

  /** Builds a {@link RetryPolicy}; every setting starts at the documented default. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double jitter = 0.2;
    private Duration maxRetryAfter = Duration.ofSeconds(30);

    private Builder() {
    }

    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Arguments.requireNonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Arguments.requireNonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /** @param jitter the largest share of a wait taken off at random, from 0 (none) to 1 */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = Arguments.requireNonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") is shorter than initialBackoff ("
            + initialBackoff + ")");
      }
      return new RetryPolicy(this);
    }
  }
}
