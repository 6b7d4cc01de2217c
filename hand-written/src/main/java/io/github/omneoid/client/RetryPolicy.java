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
import org.jspecify.annotations.Nullable;

/**
 * When a failed call is tried again, and after how long. Immutable and thread-safe; {@link #defaults()} is what a
 * client uses unless told otherwise ({@code retryPolicy(...)} on the builders). Each retry sends the request again
 * with the token that is current at that moment.
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
 * When no retry is left, the last answer's exception is thrown: a {@code ServerException} for a 503, a
 * {@code RateLimitException} for a 429, a {@code NetworkException} for a network failure.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.defaults().toBuilder().maxRetries(4).maxBackoff(Duration.ofSeconds(20)).build();
 * }</pre>
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

  /**
   * The default policy: 2 retries, backoff from 0.5 s doubling to at most 8 s, 20 % jitter, {@code Retry-After}
   * honoured up to 30 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy that never retries: every failure is thrown as it comes.
   *
   * @return a policy with {@code maxRetries} 0
   */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /** @return a builder with every setting at its default */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this policy's settings, to change some of them */
  public Builder toBuilder() {
    return new Builder()
        .maxRetries(maxRetries)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .jitter(jitter)
        .maxRetryAfter(maxRetryAfter);
  }

  /** @return how many retries may follow the first attempt */
  public int maxRetries() {
    return maxRetries;
  }

  /** @return the longest {@code Retry-After} the client waits for; a longer one is thrown at once */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Whether a response with this status is worth another attempt: 408, 429 and 503 always, 502 and 504 only for a
   * request that may be repeated. The client also checks how many retries are left and the call timeout.
   *
   * @param status the HTTP status
   * @param repeatable whether the request may be sent twice without harm (GET, HEAD, PUT, DELETE, OPTIONS,
   *     minting)
   * @return whether to try again
   */
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
   * Whether a request that failed without an answer is worth another attempt: a request that may be repeated,
   * always; any other only when the connection was never made ({@link ConnectException}).
   *
   * @param failure what the attempt failed with
   * @param repeatable whether the request may be sent twice without harm
   * @return whether to try again; never for a {@link ProtocolException} — an answer HTTP cannot accept (e.g. a 407
   *     with no proxy) comes back the same
   */
  public boolean retriesFailure(IOException failure, boolean repeatable) {
    if (failure instanceof ProtocolException) {
      return false;
    }
    return repeatable || failure instanceof ConnectException;
  }

  /**
   * The wait before a retry when the server sent no {@code Retry-After}: {@code initialBackoff} doubled for each
   * retry before it, at most {@code maxBackoff}, then shortened by {@code jitter × random}.
   *
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
   * Reads a {@code Retry-After} value: delay-seconds or an HTTP date (RFC 9110, section 10.2.3).
   *
   * @param header the header's value, or null when the response had none
   * @param now the current time, for a date
   * @return the wait it asks for (zero for a date in the past), or null when absent or unreadable
   */
  public static @Nullable Duration parseRetryAfter(@Nullable String header, Instant now) {
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

  /**
   * Builds a {@link RetryPolicy}; every setting starts at its default. Each setter checks its argument at once
   * ({@link IllegalArgumentException}); {@link #build()} checks that {@code maxBackoff} is not shorter than
   * {@code initialBackoff}.
   */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double jitter = 0.2;
    private Duration maxRetryAfter = Duration.ofSeconds(30);

    private Builder() {
    }

    /**
     * How many times a failed call may be sent again after the first attempt. Default 2.
     *
     * @param maxRetries zero (no retries) or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * The wait before the first retry; each later one doubles it. Default 0.5 s.
     *
     * @param initialBackoff zero or more
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Arguments.requireNonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * The longest computed wait between retries. Default 8 s.
     *
     * @param maxBackoff zero or more, and not shorter than {@code initialBackoff}
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Arguments.requireNonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * How much of each computed wait may be taken off at random, so that clients do not retry in step. Default
     * 0.2.
     *
     * @param jitter the largest share of a wait taken off at random, from 0 (none) to 1
     * @return this builder
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * The longest {@code Retry-After} the client waits for; when the server asks for longer, the error is thrown at
     * once and the caller can read the wait from it (e.g. {@code RateLimitException.retryAfter()}). Default 30 s.
     *
     * @param maxRetryAfter zero or more
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = Arguments.requireNonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return a new policy
     * @throws IllegalArgumentException when {@code maxBackoff} is shorter than {@code initialBackoff}
     */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") is shorter than initialBackoff ("
            + initialBackoff + ")");
      }
      return new RetryPolicy(this);
    }
  }
}
