package io.github.omneoid.client;

import io.github.omneoid.client.internal.DaemonThreads;
import io.github.omneoid.client.internal.TransportSettings;
import io.github.omneoid.json.SchemaDriftListener;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The settings both clients share: where the API is, the HTTP client, timeouts, retries, the clock.
 *
 * @param <B> the concrete builder, so chained calls keep its type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

  /** A DNS label: what may stand for {@code {tenant}} in {@code api.{tenant}.getomneo.com}. */
  private static final Pattern TENANT = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  /** Clients built without an OkHttpClient of the caller's share one connection pool and dispatcher. */
  private static final OkHttpClient SHARED_HTTP = new OkHttpClient();
  private static final Executor SHARED_ASYNC = DaemonThreads.pool("omneo-id-async");

  private HttpUrl baseUrl;
  private String tenant;
  private OkHttpClient okHttpClient = SHARED_HTTP;
  private Clock clock = Clock.systemUTC();
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(10);
  private Duration writeTimeout = Duration.ofSeconds(10);
  private Duration callTimeout = Duration.ofSeconds(30);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private Sleeper sleeper = Sleeper.SYSTEM;
  private Executor asyncExecutor = SHARED_ASYNC;
  private SchemaDriftListener driftListener;

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

  /** Another base URL instead of a tenant's: a sandbox, a proxy, a mock server. It ends at {@code /api/v1}. */
  public B baseUrl(String baseUrl) {
    Arguments.requireText(baseUrl, "baseUrl");
    HttpUrl url = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    if (url == null) {
      throw new IllegalArgumentException("baseUrl must be an http or https URL, was: " + baseUrl);
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query or fragment, was: " + baseUrl);
    }
    this.baseUrl = url;
    this.tenant = null;
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

  /** The clock for token expiry and {@code Retry-After} dates; tests inject a fixed or stepping one. */
  public B clock(Clock clock) {
    this.clock = Arguments.requireNonNull(clock, "clock");
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

  /** Where the {@code ...Async} methods run; default a shared pool of daemon threads. */
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

  TransportSettings transportSettings() {
    HttpUrl url = baseUrl;
    if (url == null && tenant != null) {
      url = HttpUrl.get("https://api." + tenant + ".getomneo.com/id/api/v1/");
    }
    if (url == null) {
      throw new IllegalStateException("Set tenant(...) or baseUrl(...) before build()");
    }
    return new TransportSettings(url, okHttpClient, clock, connectTimeout, readTimeout, writeTimeout, callTimeout,
        retryPolicy, sleeper, asyncExecutor,
        driftListener != null ? driftListener : SchemaDriftListener.defaultListener());
  }

}
