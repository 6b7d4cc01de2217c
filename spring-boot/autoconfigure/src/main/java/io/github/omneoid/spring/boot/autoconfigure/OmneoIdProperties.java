package io.github.omneoid.spring.boot.autoconfigure;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code omneo.id.*} properties: where the API is, the admin API token, and the settings both clients share.
 * They map one to one onto the client builders' settings ({@code OmneoIdAdmin.builder()},
 * {@code OmneoId.builder()}); the defaults are the builders' own. A value the builders refuse fails the application's
 * start with a message naming the property; the token is never part of a message or of {@link #toString()}.
 */
@ConfigurationProperties("omneo.id")
public class OmneoIdProperties {

  /** The tenant's name, for https://api.{tenant}.getomneo.com/id/api/v1. Set this or base-url. */
  private @Nullable String tenant;

  /** Another base URL instead of a tenant's (a sandbox, a proxy), e.g. http://127.0.0.1:8080/id/api/v1. */
  private @Nullable String baseUrl;

  /** Allows a plain http base URL for a host that is not loopback; every token then travels readable. */
  private boolean allowInsecureHttp = false;

  /** The admin API token from CX Manager; with it the application gets an OmneoIdAdmin bean. Keep it secret. */
  private @Nullable String apiToken;

  /** How long to wait for a TCP and TLS connection; zero means none. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** How long a read from an open connection may wait for data; zero means none. */
  private Duration readTimeout = Duration.ofSeconds(10);

  /** How long a write to an open connection may wait; zero means none. */
  private Duration writeTimeout = Duration.ofSeconds(10);

  /** How long a whole call may take, waits for a token and retries included; zero means none. */
  private Duration callTimeout = Duration.ofSeconds(30);

  /** The largest success body a client reads; a longer one fails the call instead of filling the heap. */
  private DataSize maxResponseSize = DataSize.ofMegabytes(32);

  /** How many of a client's async calls may run at once; the rest wait in order. */
  private int maxConcurrentAsync = 64;

  /** Which failed calls are sent again, and after how long. */
  private final Retry retry = new Retry();

  /** Every setting at the client builders' default; Spring binds the configured ones. */
  public OmneoIdProperties() {
  }

  /** @return the tenant's name, or null */
  public @Nullable String getTenant() {
    return tenant;
  }

  /** @param tenant the tenant's name */
  public void setTenant(@Nullable String tenant) {
    this.tenant = tenant;
  }

  /** @return the base URL, or null */
  public @Nullable String getBaseUrl() {
    return baseUrl;
  }

  /** @param baseUrl another base URL instead of a tenant's */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @return whether plain http is allowed to a host that is not loopback */
  public boolean isAllowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** @param allowInsecureHttp whether plain http is allowed to a host that is not loopback */
  public void setAllowInsecureHttp(boolean allowInsecureHttp) {
    this.allowInsecureHttp = allowInsecureHttp;
  }

  /** @return the admin API token, or null */
  public @Nullable String getApiToken() {
    return apiToken;
  }

  /** @param apiToken the admin API token */
  public void setApiToken(@Nullable String apiToken) {
    this.apiToken = apiToken;
  }

  /** @return the connect timeout */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** @param connectTimeout the connect timeout */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** @return the read timeout */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** @param readTimeout the read timeout */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** @return the write timeout */
  public Duration getWriteTimeout() {
    return writeTimeout;
  }

  /** @param writeTimeout the write timeout */
  public void setWriteTimeout(Duration writeTimeout) {
    this.writeTimeout = writeTimeout;
  }

  /** @return the call timeout */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /** @param callTimeout the call timeout */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /** @return the largest success body a client reads */
  public DataSize getMaxResponseSize() {
    return maxResponseSize;
  }

  /** @param maxResponseSize the largest success body a client reads */
  public void setMaxResponseSize(DataSize maxResponseSize) {
    this.maxResponseSize = maxResponseSize;
  }

  /** @return how many async calls of a client may run at once */
  public int getMaxConcurrentAsync() {
    return maxConcurrentAsync;
  }

  /** @param maxConcurrentAsync how many async calls of a client may run at once */
  public void setMaxConcurrentAsync(int maxConcurrentAsync) {
    this.maxConcurrentAsync = maxConcurrentAsync;
  }

  /** @return the retry settings */
  public Retry getRetry() {
    return retry;
  }

  @Override
  public String toString() {
    return "OmneoIdProperties{tenant=" + tenant + ", baseUrl=" + baseUrl + ", apiToken="
        + (apiToken == null ? "unset" : "***") + "}";
  }

  /** {@code omneo.id.retry.*}: the client's {@code RetryPolicy}. */
  public static class Retry {

    /** How many times a failed call may be sent again after the first attempt; 0 turns retries off. */
    private int maxRetries = 2;

    /** The wait before the first retry; each later one doubles it. */
    private Duration initialBackoff = Duration.ofMillis(500);

    /** The longest computed wait between retries. */
    private Duration maxBackoff = Duration.ofSeconds(8);

    /** The largest share of a wait taken off at random (0 to 1), so that clients do not retry in step. */
    private double jitter = 0.2;

    /** The longest Retry-After the client waits for; a longer one is thrown at once. */
    private Duration maxRetryAfter = Duration.ofSeconds(30);

    /** Every setting at {@code RetryPolicy.defaults()}. */
    public Retry() {
    }

    /** @return how many retries may follow the first attempt */
    public int getMaxRetries() {
      return maxRetries;
    }

    /** @param maxRetries how many retries may follow the first attempt */
    public void setMaxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
    }

    /** @return the wait before the first retry */
    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    /** @param initialBackoff the wait before the first retry */
    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    /** @return the longest computed wait */
    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    /** @param maxBackoff the longest computed wait */
    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    /** @return the largest share of a wait taken off at random */
    public double getJitter() {
      return jitter;
    }

    /** @param jitter the largest share of a wait taken off at random */
    public void setJitter(double jitter) {
      this.jitter = jitter;
    }

    /** @return the longest Retry-After waited for */
    public Duration getMaxRetryAfter() {
      return maxRetryAfter;
    }

    /** @param maxRetryAfter the longest Retry-After waited for */
    public void setMaxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
    }
  }
}
