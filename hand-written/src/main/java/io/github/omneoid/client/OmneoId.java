package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.internal.DaemonThreads;
import io.github.omneoid.client.internal.TokenManager;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.client.internal.TransportSettings;
import io.github.omneoid.client.LocationsResource;
import io.github.omneoid.client.ProfileResource;
import io.github.omneoid.client.ProfilesResource;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The customer side — storefront, app, profile portal — acting on one profile with a short-lived ID token. It
 * cannot be given the admin API token. Immutable and thread-safe; build one per customer session.
 *
 * <pre>{@code
 * OmneoId id = OmneoId.builder().tenant("acme").idToken(jwtFromYourBackend).build();
 * // or, with refresh:
 * OmneoId id = OmneoId.builder().tenant("acme").tokenSource(() -> IdToken.parse(backend.fetchToken())).build();
 * }</pre>
 */
public final class OmneoId {

  private static final Executor REFRESHES = DaemonThreads.pool("omneo-id-token-refresh");

  private final Transport transport;
  private final TokenManager tokens;
  private final IdAuth auth;
  private final ProfileResource profile;
  private final ProfilesResource profiles;
  private final LocationsResource locations;

  private OmneoId(Builder builder) {
    TransportSettings settings = builder.transportSettings();
    // A refresh may run as long as one call may; after that it is abandoned and the next call starts another.
    this.tokens = new TokenManager(builder.idToken, builder.tokenSource, settings.clock(), settings.ticker(),
        builder.clockSkewTolerance, settings.callTimeout(), REFRESHES, settings.listener());
    this.transport = Transport.forCustomer(settings, tokens);
    this.auth = new IdAuth(tokens);
    this.profile = new ProfileResource(transport);
    this.profiles = new ProfilesResource(transport);
    this.locations = new LocationsResource(transport);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The token helpers: expiry, the bound profile's id, the token itself. */
  public IdAuth auth() {
    return auth;
  }

  /** Forgets the token, as on logout. With a token source, the next call fetches a new one. */
  public void reset() {
    tokens.reset();
  }

  /**
   * The escape hatch for any ID endpoint not wrapped yet, with the same auth, retries and errors as typed calls.
   *
   * @param method an HTTP method, e.g. {@code "GET"}
   * @param path a path under the base URL, e.g. {@code "/profiles/me/lists/wishlist"}; {@code ..} is refused
   * @return the parsed JSON (maps, lists, strings, doubles, booleans), or null for an empty response
   */
  public Object call(String method, String path) {
    return call(method, path, Collections.<String, Object>emptyMap(), null);
  }

  /**
   * @param query literal keys and values, e.g. {@code filter[is_published] -> 1}
   * @param body a JSON body (a map or a model), or null
   */
  public Object call(String method, String path, Map<String, ?> query, Object body) {
    return call(method, path, query, body, Object.class);
  }

  /** @param responseType the type to read the whole response as, e.g. {@code ProfileEnvelope.class} */
  public <T> T call(String method, String path, Map<String, ?> query, Object body, Type responseType) {
    Arguments.requireText(method, "method");
    Arguments.requireNonNull(responseType, "responseType");
    return transport.raw(method.toUpperCase(java.util.Locale.ROOT), path, query, body, responseType);
  }

  /**
   * The async twin of {@link #call(String, String, Map, Object, Type)}; cancelling the future cancels the request.
   */
  public <T> CompletableFuture<T> callAsync(String method, String path, Map<String, ?> query, Object body,
      Type responseType) {
    return transport.async(() -> this.<T>call(method, path, query, body, responseType));
  }

  /** The profile the token is bound to: {@code /profiles/me} and everything under it. */
  public ProfileResource profile() {
    return profile;
  }

  /** The anonymous sign-up, {@code POST /profiles}. */
  public ProfilesResource profiles() {
    return profiles;
  }

  /** The store finder, {@code /locations}. */
  public LocationsResource locations() {
    return locations;
  }

  /**
   * The async twin of any call on this client: {@code id.async(() -> id.profile().get())} runs it on the client's
   * executor, with the same auth, retries and errors (the future fails with the same exception).
   *
   * <p>At most {@code maxConcurrentAsync} (default 64) of this client's async calls run at once; the rest wait in
   * order. {@code future.cancel(...)} cancels the HTTP requests the work has started (they fail at once instead of
   * running to their timeout), ends its waits for a token or between retries, and a future cancelled while its
   * work waits never starts it. The work runs on a pool thread: don't block it on another async call's result.
   */
  public <T> CompletableFuture<T> async(java.util.function.Supplier<T> call) {
    Arguments.requireNonNull(call, "call");
    return transport.async(call);
  }

  @Override
  public String toString() {
    return "OmneoId{baseUrl=" + transport.settings().baseUrl() + ", token=" + tokens.current() + "}";
  }

  /**
   * Builds an {@link OmneoId}. {@code tenant} or {@code baseUrl} is required; so is a token, a token source, or
   * both (the token is used first, the source when it runs out).
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private IdToken idToken;
    private IdTokenSource tokenSource;
    private Duration clockSkewTolerance = Duration.ofSeconds(60);

    private Builder() {
    }

    /** A token minted by your backend, as the JWT text. */
    public Builder idToken(String jwt) {
      return idToken(IdToken.parse(jwt));
    }

    public Builder idToken(IdToken idToken) {
      this.idToken = Arguments.requireNonNull(idToken, "idToken");
      return this;
    }

    /** Where to get a new token before the current one runs out, or after a 401. */
    public Builder tokenSource(IdTokenSource tokenSource) {
      this.tokenSource = Arguments.requireNonNull(tokenSource, "tokenSource");
      return this;
    }

    /**
     * Without a token source, how long past {@code exp} a token is still sent (clocks differ); later than that the
     * call fails before sending. Default 60 s.
     */
    public Builder clockSkewTolerance(Duration tolerance) {
      this.clockSkewTolerance = Arguments.requireNonNegative(tolerance, "clockSkewTolerance");
      return this;
    }

    public OmneoId build() {
      if (idToken == null && tokenSource == null) {
        throw new IllegalStateException("Set idToken(...) or tokenSource(...) before build()");
      }
      return new OmneoId(this);
    }
  }
}
