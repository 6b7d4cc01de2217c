package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.internal.DaemonThreads;
import io.github.omneoid.client.internal.SafeListener;
import io.github.omneoid.client.internal.TransportSettings;
import io.github.omneoid.json.SchemaDriftListener;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The settings both clients share: where the API is, the HTTP client, timeouts, retries, size limits, async limits,
 * the clocks. Every setter checks its argument at once and names it in the {@link IllegalArgumentException}.
 *
 * @param <B> the concrete builder, so chained calls keep its type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

  /** A DNS label: what may stand for {@code {tenant}} in {@code api.{tenant}.getomneo.com}. */
  private static final Pattern TENANT = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  /**
   * Clients built without an OkHttpClient of the caller's share one connection pool and dispatcher. The pool keeps up
   * to 64 idle connections for 5 minutes (OkHttp's default keeps 5): a backend calling from dozens of threads would
   * otherwise open and close connections all the time. It holds only connections that were opened, so an app that
   * makes one call at a time keeps one.
   */
  private static final OkHttpClient SHARED_HTTP = new OkHttpClient.Builder()
      .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES)).build();
  /** How many threads the shared async pool may have, for all clients built without an executor of their own. */
  static final int SHARED_ASYNC_THREADS = 64;
  private static final Executor SHARED_ASYNC = DaemonThreads.boundedPool("omneo-id-async", SHARED_ASYNC_THREADS);
  static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;
  static final int DEFAULT_MAX_CONCURRENT_ASYNC = 64;

  private HttpUrl baseUrl;
  private String tenant;
  private OkHttpClient okHttpClient = SHARED_HTTP;
  private Clock clock = Clock.systemUTC();
  private Ticker ticker = Ticker.SYSTEM;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(10);
  private Duration writeTimeout = Duration.ofSeconds(10);
  private Duration callTimeout = Duration.ofSeconds(30);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private Sleeper sleeper = Sleeper.SYSTEM;
  private Executor asyncExecutor = SHARED_ASYNC;
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

  /** The tenant's API: {@code https://api.{tenant}.getomneo.com/id/api/v1}. */
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
   * Another base URL instead of a tenant's: a sandbox, a proxy, a mock server. It ends at {@code /api/v1}. It must
   * be https, unless its host is loopback ({@code localhost}, {@code 127.x.x.x}, {@code ::1}) or
   * {@link #allowInsecureHttp()} is set; it must not carry a user name or password.
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
   */
  public B allowInsecureHttp() {
    this.allowInsecureHttp = true;
    return self();
  }

  /**
   * An OkHttpClient of the application's: the client extends it with {@code newBuilder()}, so it shares its
   * connection pool, dispatcher and interceptors without changing it.
   */
  public B okHttpClient(OkHttpClient okHttpClient) {
    this.okHttpClient = Arguments.requireNonNull(okHttpClient, "okHttpClient");
    return self();
  }

  /**
   * The wall clock: for {@code Retry-After} dates, {@code isTokenExpired()}, and how much a token given to the
   * builder has left. Tests inject a fixed or stepping one.
   */
  public B clock(Clock clock) {
    this.clock = Arguments.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * The monotonic clock token freshness and refresh backoff are judged on; default {@link Ticker#SYSTEM}
   * ({@code System.nanoTime()}). Tests inject one they move by hand.
   */
  public B ticker(Ticker ticker) {
    this.ticker = Arguments.requireNonNull(ticker, "ticker");
    return self();
  }

  /** Default 10 s. */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = Arguments.requireNonNegative(timeout, "connectTimeout");
    return self();
  }

  /** Default 10 s. */
  public B readTimeout(Duration timeout) {
    this.readTimeout = Arguments.requireNonNegative(timeout, "readTimeout");
    return self();
  }

  /** Default 10 s. */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = Arguments.requireNonNegative(timeout, "writeTimeout");
    return self();
  }

  /** The whole call, retries and their waits included. Default 30 s; zero means none. */
  public B callTimeout(Duration timeout) {
    this.callTimeout = Arguments.requireNonNegative(timeout, "callTimeout");
    return self();
  }

  /** Default {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()} turns retries off. */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Arguments.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /** How to wait between retries; tests inject one that records instead of sleeping. */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Arguments.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * Where the async calls run; default a pool of at most 64 daemon threads shared by every client built without
   * an executor of its own (work beyond that waits in order).
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
   */
  public B schemaDriftListener(SchemaDriftListener listener) {
    this.driftListener = SchemaDriftListener.once(Arguments.requireNonNull(listener, "schemaDriftListener"));
    return self();
  }

  /**
   * Hears every call's start and end, retries, token refreshes and schema drift, for logs and metrics; no token or
   * personal data is in any event. Default {@link OmneoIdListener#NONE}.
   */
  public B listener(OmneoIdListener listener) {
    this.listener = Arguments.requireNonNull(listener, "listener");
    return self();
  }

  /**
   * How many of this client's async calls may run at once; the rest wait in order, and one whose future is
   * cancelled while it waits never starts. Default 64.
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
