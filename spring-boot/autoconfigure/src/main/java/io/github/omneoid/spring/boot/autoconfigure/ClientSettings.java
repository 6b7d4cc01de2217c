package io.github.omneoid.spring.boot.autoconfigure;

import io.github.omneoid.client.ClientBuilder;
import io.github.omneoid.client.OmneoIdAdmin;
import io.github.omneoid.client.OmneoIdListener;
import io.github.omneoid.client.RetryPolicy;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.StringUtils;

/**
 * Puts the {@code omneo.id.*} properties, the listeners and one shared {@code OkHttpClient} on a client builder.
 * Every client the auto-configuration builds — the admin bean and every customer client of {@link OmneoIdProfiles}
 * — sends through that one OkHttpClient, so they share its connection pool and dispatcher threads; Spring closes it
 * with the context ({@link #close()}), after the beans that use it.
 *
 * <p> The builders check every value as it is set; a value
 * they refuse becomes an {@link InvalidConfigurationPropertyValueException} naming the property, which Boot's
 * failure analysis prints at start-up. The token's value is never part of it.
 */
final class ClientSettings implements AutoCloseable {

  private final OmneoIdProperties properties;
  private final OmneoIdListener listener;
  private final List<OmneoIdClientCustomizer> customizers;
  private final SharedHttp http = new SharedHttp();

  ClientSettings(OmneoIdProperties properties, OmneoIdListener listener, List<OmneoIdClientCustomizer> customizers) {
    this.properties = properties;
    this.listener = listener;
    this.customizers = List.copyOf(customizers);
  }

  /** The properties, then the listener, then the application's customizers (which may override both). */
  <B extends ClientBuilder<B>> B apply(B builder) {
    OmneoIdProperties p = properties;
    // Blank counts as unset, so that a test (or a profile) can switch from tenant to base-url by overriding one.
    boolean hasTenant = StringUtils.hasText(p.getTenant());
    boolean hasBaseUrl = StringUtils.hasText(p.getBaseUrl());
    if (hasTenant == hasBaseUrl) {
      throw new InvalidConfigurationPropertyValueException(hasTenant ? "omneo.id.base-url" : "omneo.id.tenant",
          hasTenant ? withoutUserInfo(p.getBaseUrl()) : null, hasTenant
              ? "omneo.id.tenant and omneo.id.base-url are both set; set one of them"
              : "set omneo.id.tenant (the tenant's API) or omneo.id.base-url (a sandbox or proxy)");
    }
    if (hasTenant) {
      set("omneo.id.tenant", p.getTenant(), () -> builder.tenant(p.getTenant()));
    } else {
      set("omneo.id.base-url", withoutUserInfo(p.getBaseUrl()), () -> builder.baseUrl(p.getBaseUrl()));
    }
    if (p.isAllowInsecureHttp()) {
      builder.allowInsecureHttp();
    }
    set("omneo.id.connect-timeout", p.getConnectTimeout(), () -> builder.connectTimeout(p.getConnectTimeout()));
    set("omneo.id.read-timeout", p.getReadTimeout(), () -> builder.readTimeout(p.getReadTimeout()));
    set("omneo.id.write-timeout", p.getWriteTimeout(), () -> builder.writeTimeout(p.getWriteTimeout()));
    set("omneo.id.call-timeout", p.getCallTimeout(), () -> builder.callTimeout(p.getCallTimeout()));
    set("omneo.id.max-response-size", p.getMaxResponseSize(),
        () -> builder.maxResponseBytes(p.getMaxResponseSize().toBytes()));
    set("omneo.id.max-concurrent-async", p.getMaxConcurrentAsync(),
        () -> builder.maxConcurrentAsync(p.getMaxConcurrentAsync()));
    builder.okHttpClient(http.client());
    builder.retryPolicy(retryPolicy());
    builder.listener(listener);
    customizers.forEach(c -> c.customize(builder));
    return builder;
  }

  /**
   * Runs a builder's {@code build()}, which checks the one setting the setters cannot: plain http to a host that is
   * not loopback (the base URL, or the tenant's).
   */
  <T> T build(Supplier<T> build) {
    boolean tenant = StringUtils.hasText(properties.getTenant());
    return set(tenant ? "omneo.id.tenant" : "omneo.id.base-url",
        tenant ? properties.getTenant() : withoutUserInfo(properties.getBaseUrl()), build);
  }

  private RetryPolicy retryPolicy() {
    OmneoIdProperties.Retry r = properties.getRetry();
    RetryPolicy.Builder policy = RetryPolicy.builder();
    set("omneo.id.retry.max-retries", r.getMaxRetries(), () -> policy.maxRetries(r.getMaxRetries()));
    set("omneo.id.retry.initial-backoff", r.getInitialBackoff(), () -> policy.initialBackoff(r.getInitialBackoff()));
    set("omneo.id.retry.max-backoff", r.getMaxBackoff(), () -> policy.maxBackoff(r.getMaxBackoff()));
    set("omneo.id.retry.jitter", r.getJitter(), () -> policy.jitter(r.getJitter()));
    set("omneo.id.retry.max-retry-after", r.getMaxRetryAfter(), () -> policy.maxRetryAfter(r.getMaxRetryAfter()));
    return set("omneo.id.retry.max-backoff", r.getMaxBackoff(), policy::build);
  }

  /** Sets the admin token; a refusal names the property and never repeats the value. */
  OmneoIdAdmin.Builder apiToken(OmneoIdAdmin.Builder builder) {
    return set("omneo.id.api-token", "******", () -> builder.apiToken(properties.getApiToken()));
  }

  /** @return the OkHttpClient every client of these settings sends through */
  okhttp3.OkHttpClient httpClient() {
    return http.client();
  }

  /** Ends the shared OkHttpClient's threads and connections. */
  @Override
  public void close() {
    http.close();
  }

  /** Boot's failure report prints the value: never a password a URL carries ({@code https://***@host}). */
  private static String withoutUserInfo(String url) {
    return url.replaceFirst("^([^:/?#]*://)[^/?#]*@", "$1***@");
  }

  private static <T> T set(String property, Object value, Supplier<T> setter) {
    try {
      return setter.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new InvalidConfigurationPropertyValueException(property, value, e.getMessage());
    }
  }
}
