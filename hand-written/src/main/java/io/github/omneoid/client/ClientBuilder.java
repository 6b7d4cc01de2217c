package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.internal.SafeListener;
import io.github.omneoid.client.internal.TransportSettings;
import io.github.omneoid.json.SchemaDriftListener;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The settings both clients share: where the API is, the HTTP client, timeouts, retries, size limits, async limits,
 * the clocks, the listeners. Every setter checks its argument at once and names it in the
 * {@link IllegalArgumentException} (null is refused everywhere); {@code build()} checks that {@code tenant(...)} or
 * {@code baseUrl(...)} was set. Every setting has a default except where the API is.
 *
 * <table class="striped">
 *   <caption>Defaults</caption>
 *   <tr><th>setting</th><th>default</th></tr>
 *   <tr><td>{@link #connectTimeout}, {@link #readTimeout}, {@link #writeTimeout}</td><td>10 s each</td></tr>
 *   <tr><td>{@link #callTimeout}</td><td>30 s</td></tr>
 *   <tr><td>{@link #retryPolicy}</td><td>{@link RetryPolicy#defaults()}: 2 retries</td></tr>
 *   <tr><td>{@link #maxResponseBytes}</td><td>32 MiB</td></tr>
 *   <tr><td>{@link #maxConcurrentAsync}</td><td>64</td></tr>
 *   <tr><td>{@link #asyncExecutor}</td><td>the client's own pool of at most {@code maxConcurrentAsync} daemon
 *   threads, started on demand, shut down by {@code close()}</td></tr>
 *   <tr><td>{@link #okHttpClient}</td><td>the client's own {@code OkHttpClient} (pool of up to 64 idle
 *   connections for 5 minutes), shut down by {@code close()}</td></tr>
 *   <tr><td>{@link #clock}, {@link #ticker}, {@link #sleeper}</td><td>the system's</td></tr>
 * </table>
 *
 * @param <B> the concrete builder, so chained calls keep its type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

  /** A DNS label: what may stand for {@code {tenant}} in {@code api.{tenant}.getomneo.com}. */
  private static final Pattern TENANT = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;
  static final int DEFAULT_MAX_CONCURRENT_ASYNC = 64;

  private HttpUrl baseUrl;
  private String tenant;
  private OkHttpClient okHttpClient; // null: the client makes its own
  private Clock clock = Clock.systemUTC();
  private Ticker ticker = Ticker.SYSTEM;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(10);
  private Duration writeTimeout = Duration.ofSeconds(10);
  private Duration callTimeout = Duration.ofSeconds(30);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private Sleeper sleeper = Sleeper.SYSTEM;
  private Executor asyncExecutor; // null: the client makes its own
  private int maxConcurrentAsync = DEFAULT_MAX_CONCURRENT_ASYNC;
  private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  private boolean allowInsecureHttp;
  private SchemaDriftListener driftListener;
  private OmneoIdListener listener = OmneoIdListener.NONE;

  ClientBuilder() {
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * The tenant's API: {@code https://api.{tenant}.getomneo.com/id/api/v1}. Replaces an earlier
   * {@link #baseUrl(String)}.
   *
   * @param tenant the tenant's name as it appears in the host: a lower-case DNS label (letters, digits, {@code -},
   *     at most 63 characters, not starting or ending with {@code -})
   * @return this builder
   */
  public B tenant(String tenant) {
    Arguments.requireText(tenant, "tenant");
    if (!TENANT.matcher(tenant).matches()) {
      throw new IllegalArgumentException("tenant must be a lower-case DNS label (letters, digits, '-'), was: "
          + tenant);
    }
    this.tenant = tenant;
    this.baseUrl = null;
    return self();
  }

  /**
   * Another base URL instead of a tenant's: a sandbox, a proxy, a mock server. Routes are resolved below it, so it
   * ends where the API's paths start, e.g. {@code https://api.acme.getomneo.com/id/api/v1}; a trailing {@code /}
   * is optional. Replaces an earlier {@link #tenant(String)}.
   *
   * <p>It must be https, unless its host is loopback ({@code localhost}, {@code 127.x.x.x}, {@code ::1}) or
   * {@link #allowInsecureHttp()} is set; {@code build()} checks that. It must not carry a user name or password, a
   * query or a fragment; the message of the {@link IllegalArgumentException} never repeats a password.
   *
   * @param baseUrl an http or https URL
   * @return this builder
   */
  public B baseUrl(String baseUrl) {
    Arguments.requireText(baseUrl, "baseUrl");
    HttpUrl url = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    if (url == null) {
      throw new IllegalArgumentException("baseUrl must be an http or https URL, was: " + withoutUserInfo(baseUrl));
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new IllegalArgumentException("baseUrl must not contain a user name or password (it would be printed"
          + " and sent with every request); was: " + withoutUserInfo(baseUrl));
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query or fragment, was: " + baseUrl);
    }
    this.baseUrl = url;
    this.tenant = null;
    return self();
  }

  /** {@code scheme://user:password@host...} → {@code scheme://***@host...}, for messages. */
  private static String withoutUserInfo(String url) {
    return url.replaceFirst("^([^:/?#]*://)[^/?#]*@", "$1***@");
  }

  /**
   * Allows an {@code http://} base URL for a host that is not loopback. Off by default: over plain http every
   * token — the admin API token included — and every profile travels readable by anyone on the path.
   *
   * @return this builder
   */
  public B allowInsecureHttp() {
    this.allowInsecureHttp = true;
    return self();
  }

  /**
   * An OkHttpClient of the application's: the client extends it with {@code newBuilder()}, so it shares its
   * connection pool, dispatcher and interceptors without changing it, and {@code close()} leaves it open. The
   * timeouts set on this builder replace the OkHttpClient's; redirects and OkHttp's own retry on connection failure
   * are always turned off. Default: an OkHttpClient of the client's own (a pool of up to 64 idle connections kept 5
   * minutes, daemon dispatcher threads), released by {@code close()}. Many clients at once (one per customer
   * session on a backend) should share one OkHttpClient.
   *
   * @param okHttpClient the application's client
   * @return this builder
   */
  public B okHttpClient(OkHttpClient okHttpClient) {
    this.okHttpClient = Arguments.requireNonNull(okHttpClient, "okHttpClient");
    return self();
  }

  /**
   * The wall clock: for {@code Retry-After} dates, {@code isTokenExpired()}, and how much a token given to the
   * builder has left. Default {@link Clock#systemUTC()}; tests inject a fixed or stepping one.
   *
   * @param clock the wall clock
   * @return this builder
   */
  public B clock(Clock clock) {
    this.clock = Arguments.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * The monotonic clock token freshness and refresh backoff are judged on; default {@link Ticker#SYSTEM}
   * ({@code System.nanoTime()}). Tests inject one they move by hand.
   *
   * @param ticker the monotonic clock
   * @return this builder
   */
  public B ticker(Ticker ticker) {
    this.ticker = Arguments.requireNonNull(ticker, "ticker");
    return self();
  }

  /**
   * How long to wait for a TCP and TLS connection to be made. Default 10 s; zero means none. Running out is a
   * {@link io.github.omneoid.client.errors.CallTimeoutException} (retried like a network failure).
   *
   * @param timeout zero or more
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = Arguments.requireNonNegative(timeout, "connectTimeout");
    return self();
  }

  /**
   * How long a read from an open connection may wait for data, e.g. for the response to start. Default 10 s; zero means none. Running out is a
   * {@link io.github.omneoid.client.errors.CallTimeoutException} (retried like a network failure).
   *
   * @param timeout zero or more
   * @return this builder
   */
  public B readTimeout(Duration timeout) {
    this.readTimeout = Arguments.requireNonNegative(timeout, "readTimeout");
    return self();
  }

  /**
   * How long a write to an open connection may wait, e.g. while sending a request body. Default 10 s; zero means none. Running out is a
   * {@link io.github.omneoid.client.errors.CallTimeoutException} (retried like a network failure).
   *
   * @param timeout zero or more
   * @return this builder
   */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = Arguments.requireNonNegative(timeout, "writeTimeout");
    return self();
  }

  /**
   * How long a whole call may take: the wait for a token, every attempt and the waits between retries included.
   * Default 30 s; zero means none. Running out is a {@link io.github.omneoid.client.errors.CallTimeoutException};
   * no retry starts whose wait would run past it. It also bounds a token refresh: one running longer is abandoned.
   *
   * @param timeout zero or more
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = Arguments.requireNonNegative(timeout, "callTimeout");
    return self();
  }

  /**
   * Which failed calls are sent again, and after how long. Default {@link RetryPolicy#defaults()};
   * {@link RetryPolicy#none()} turns retries off.
   *
   * @param retryPolicy the policy
   * @return this builder
   */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Arguments.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * How to wait between retries. Default {@link Sleeper#SYSTEM}; tests inject one that records instead of sleeping.
   *
   * @param sleeper the sleeper
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Arguments.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * Where the blocking work given to {@code OmneoId.async(Supplier)} runs; default a pool of the client's own of at
   * most {@code maxConcurrentAsync} daemon threads, started on demand and shut down by {@code close()}. (The async
   * views, {@code async()}, hold no thread while a request is in flight and do not use it.)
   *
   * @param executor the executor; the client never shuts it down, {@code close()} included
   * @return this builder
   */
  public B asyncExecutor(Executor executor) {
    this.asyncExecutor = Arguments.requireNonNull(executor, "asyncExecutor");
    return self();
  }

  /**
   * Where schema drift is reported: a response property whose JSON type the spec does not declare (the tolerant
   * reader has already read what it could; see {@code OmneoJson}). Told once per model and field. Default
   * {@link SchemaDriftListener#defaultListener()}: a log warning, or strict when {@code -Domneo.json.strict=true};
   * {@link SchemaDriftListener#strict()} makes drift an {@code InvalidResponseException}.
   *
   * @param listener the listener; it must be thread-safe
   * @return this builder
   */
  public B schemaDriftListener(SchemaDriftListener listener) {
    this.driftListener = SchemaDriftListener.once(Arguments.requireNonNull(listener, "schemaDriftListener"));
    return self();
  }

  /**
   * Hears every call's start and end, retries, token refreshes and schema drift, for logs and metrics; no token or
   * personal data is in any event. Default {@link OmneoIdListener#NONE}.
   *
   * @param listener the listener; it must be quick and thread-safe, and what it throws is ignored
   * @return this builder
   */
  public B listener(OmneoIdListener listener) {
    this.listener = Arguments.requireNonNull(listener, "listener");
    return self();
  }

  /**
   * How many of this client's async calls may run at once; the rest wait in order, and one whose future is
   * cancelled while it waits never starts. Default 64.
   *
   * @param maxConcurrentAsync at least 1
   * @return this builder
   */
  public B maxConcurrentAsync(int maxConcurrentAsync) {
    if (maxConcurrentAsync < 1) {
      throw new IllegalArgumentException("maxConcurrentAsync must be at least 1, was " + maxConcurrentAsync);
    }
    this.maxConcurrentAsync = maxConcurrentAsync;
    return self();
  }

  /**
   * The largest success body the client reads (after decompression), default 32 MiB; a longer one fails the call
   * with {@code InvalidResponseException} instead of filling the heap. Error bodies are always cut at 16 KiB.
   *
   * @param maxResponseBytes at least 1
   * @return this builder
   */
  public B maxResponseBytes(long maxResponseBytes) {
    if (maxResponseBytes < 1) {
      throw new IllegalArgumentException("maxResponseBytes must be at least 1, was " + maxResponseBytes);
    }
    this.maxResponseBytes = maxResponseBytes;
    return self();
  }

  TransportSettings transportSettings() {
    HttpUrl url = baseUrl;
    if (url == null && tenant != null) {
      url = HttpUrl.get("https://api." + tenant + ".getomneo.com/id/api/v1/");
    }
    if (url == null) {
      throw new IllegalStateException("Set tenant(...) or baseUrl(...) before build()");
    }
    if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
      throw new IllegalArgumentException("baseUrl must be https for a host that is not loopback: over http every"
          + " token travels in plain text; was: " + url + " (allowInsecureHttp() allows it)");
    }
    return new TransportSettings(url, okHttpClient, clock, ticker, connectTimeout, readTimeout, writeTimeout,
        callTimeout, retryPolicy, sleeper, asyncExecutor, maxConcurrentAsync, maxResponseBytes,
        driftTo(driftListener != null ? driftListener : SchemaDriftListener.defaultListener()),
        SafeListener.of(listener));
  }

  /** Drift goes to the drift listener and, once per model and field, to the general listener too. */
  private SchemaDriftListener driftTo(SchemaDriftListener drift) {
    if (listener == OmneoIdListener.NONE) {
      return drift;
    }
    OmneoIdListener safe = SafeListener.of(listener);
    return SchemaDriftListener.once(d -> {
      safe.schemaDrift(d);
      drift.onDrift(d);
    });
  }

  /** Loopback by name or literal address only: no lookup (a DNS answer could say anything). */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(java.util.Locale.ROOT);
    return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

}
