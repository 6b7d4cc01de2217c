package io.github.omneoid.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One injected fault: which requests it matches (method and path) and what it does to them. Immutable; every
 * setter returns a new {@code Fault}. Register it with {@link OmneoIdSandbox#faults()}.
 *
 * <pre>{@code
 * sandbox.faults().add(Fault.on("GET", "/profiles/me").status(503).retryAfter("2").times(2));
 * sandbox.faults().add(Fault.on("*", "/profiles/me/**").latency(Duration.ofMillis(50)));
 * sandbox.faults().add(Fault.on("POST", "/auth/token").dropConnection().times(1));
 * sandbox.faults().add(Fault.on("GET", "/locations").status(500).failureRate(0.3, 42L));
 * }</pre>
 *
 * <p>Paths are relative to the API base ({@code /id/api/v1} may be included or left out). In the path pattern
 * {@code *} matches within one segment and {@code **} matches across segments; a trailing {@code /**} also
 * matches the bare prefix ({@code /profiles/me/**} matches {@code /profiles/me}). Method {@code *} matches any.
 * A fault without {@link #status}, {@link #dropConnection} (only {@link #latency}) delays the request and then
 * lets it through to the normal handler.
 */
public final class Fault {
  final String method;
  final String pathPattern;
  final Pattern regex;
  final Integer status;
  final String message;
  final String retryAfter;
  final Duration latency;
  final boolean drop;
  final int times;
  final double rate;
  final long seed;

  private Fault(String method, String pathPattern, Integer status, String message, String retryAfter,
      Duration latency, boolean drop, int times, double rate, long seed) {
    this.method = method;
    this.pathPattern = pathPattern;
    this.regex = compile(pathPattern);
    this.status = status;
    this.message = message;
    this.retryAfter = retryAfter;
    this.latency = latency;
    this.drop = drop;
    this.times = times;
    this.rate = rate;
    this.seed = seed;
  }

  /**
   * A fault on requests with this method ({@code "*"} for any) whose path matches the glob.
   *
   * @param method the HTTP method, matched case-insensitively, or {@code "*"} for any
   * @param pathGlob the request path to match, with or without the {@code /id/api/v1} prefix; {@code *} matches
   *     within one segment, {@code **} across segments, and a trailing {@code /**} also matches the bare prefix
   * @return a fault matching those requests; give it an effect with {@link #status}, {@link #latency} or
   *     {@link #dropConnection}
   */
  public static Fault on(String method, String pathGlob) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathGlob, "pathGlob");
    String p = pathGlob.startsWith(OmneoIdSandbox.BASE_PATH) ? pathGlob.substring(OmneoIdSandbox.BASE_PATH.length())
        : pathGlob;
    if (!p.startsWith("/")) {
      p = "/" + p;
    }
    return new Fault(method.trim().toUpperCase(Locale.ROOT), p, null, null, null, Duration.ZERO, false, -1, 1.0, 0L);
  }

  /**
   * Answer with this status and a JSON {@code {"message": ...}} body instead of the normal handler.
   *
   * @param status the HTTP status to answer with, 100 to 599
   * @return a copy of this fault with that status
   */
  public Fault status(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100..599, was " + status);
    }
    return new Fault(method, pathPattern, status, message, retryAfter, latency, drop, times, rate, seed);
  }

  /**
   * The {@code message} of the injected error body (default: "Injected fault: HTTP &lt;status&gt;").
   *
   * @param message the text of the body's {@code message} field
   * @return a copy of this fault with that message
   */
  public Fault message(String message) {
    return new Fault(method, pathPattern, status, message, retryAfter, latency, drop, times, rate, seed);
  }

  /**
   * Adds a {@code Retry-After} header (seconds or an HTTP date, sent as given) to the injected status.
   *
   * @param value the header value, e.g. {@code "2"}
   * @return a copy of this fault with that header
   */
  public Fault retryAfter(String value) {
    return new Fault(method, pathPattern, status, message, Objects.requireNonNull(value), latency, drop, times, rate,
        seed);
  }

  /**
   * Wait this long before answering (or before passing the request on).
   *
   * @param latency the delay; not negative
   * @return a copy of this fault with that delay
   */
  public Fault latency(Duration latency) {
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
    return new Fault(method, pathPattern, status, message, retryAfter, latency, drop, times, rate, seed);
  }

  /**
   * Close the TCP connection without writing any response.
   *
   * @return a copy of this fault that drops the connection
   */
  public Fault dropConnection() {
    return new Fault(method, pathPattern, status, message, retryAfter, latency, true, times, rate, seed);
  }

  /**
   * Fire only for the first {@code n} matching requests it fires on, then stay inert.
   *
   * @param n how many times it fires; at least 1
   * @return a copy of this fault limited to {@code n} firings
   */
  public Fault times(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("times must be >= 1, was " + n);
    }
    return new Fault(method, pathPattern, status, message, retryAfter, latency, drop, n, rate, seed);
  }

  /**
   * Fire on each matching request with this probability, drawn from a {@link java.util.Random} seeded with
   * {@code seed}, so a given sequence of requests always sees the same faults.
   *
   * @param rate the probability of firing, from 0.0 (never) to 1.0 (always, the default)
   * @param seed the seed of the random draws
   * @return a copy of this fault that fires at that rate
   */
  public Fault failureRate(double rate, long seed) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException("rate must be within 0..1, was " + rate);
    }
    return new Fault(method, pathPattern, status, message, retryAfter, latency, drop, times, rate, seed);
  }

  boolean matches(String requestMethod, String path) {
    return ("*".equals(method) || method.equalsIgnoreCase(requestMethod)) && regex.matcher(path).matches();
  }

  private static Pattern compile(String glob) {
    String g = glob;
    boolean optionalTail = false;
    if (g.endsWith("/**")) {
      g = g.substring(0, g.length() - 3);
      optionalTail = true;
    }
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < g.length()) {
      char c = g.charAt(i);
      if (c == '*') {
        if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
          re.append(".*");
          i += 2;
          continue;
        }
        re.append("[^/]*");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    if (optionalTail) {
      re.append("(/.*)?");
    }
    return Pattern.compile(re.toString());
  }

  @Override
  public String toString() {
    return "Fault[" + method + " " + pathPattern + (status != null ? " status=" + status : "")
        + (drop ? " drop" : "") + (latency.isZero() ? "" : " latency=" + latency)
        + (times > 0 ? " times=" + times : "") + (rate < 1.0 ? " rate=" + rate : "") + "]";
  }
}
