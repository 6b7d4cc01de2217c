package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.internal.ClientResources;
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
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The customer side — storefront, app, profile portal — acting on one profile with a short-lived ID token. It
 * cannot be given the admin API token (an admin token has no {@code pid} claim, so {@link IdToken#parse} refuses
 * it). Immutable and thread-safe; build one per customer session and {@link #close()} it at the end. A client built
 * without an {@code okHttpClient(...)} has a connection pool of its own; a backend holding many sessions at once
 * should give them all one {@code OkHttpClient}, so they share its pool (their {@code close()} leaves it open).
 *
 * <pre>{@code
 * OmneoId id = OmneoId.builder().tenant("acme").idToken(jwtFromYourBackend).build();
 * // or, with refresh:
 * OmneoId id = OmneoId.builder().tenant("acme").tokenSource(() -> IdToken.parse(backend.fetchToken())).build();
 * }</pre>
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors}, whose documentation
 * (like the README's "Errors" section) maps each status and failure to one. Before anything is sent, a call may
 * fail for its token: {@link io.github.omneoid.client.errors.AnonymousTokenException} for an anonymous token on a
 * profile route, {@link io.github.omneoid.client.errors.TokenExpiredException} for an expired token without a
 * source, {@link io.github.omneoid.client.errors.MissingTokenException} for no token at all, and
 * {@link io.github.omneoid.client.errors.CallTimeoutException} when the call timeout runs out while it waits for a
 * token from the source. How tokens are kept fresh is in the README's "Tokens" section.
 */
public final class OmneoId implements AutoCloseable {

  private final Transport transport;
  private final TokenManager tokens;
  private final IdAuth auth;
  private final ProfileResource profile;
  private final ProfilesResource profiles;
  private final LocationsResource locations;

  private OmneoId(Builder builder) {
    TransportSettings settings = builder.transportSettings();
    ClientResources resources = new ClientResources();
    // A refresh may run as long as one call may; after that it is abandoned and the next call starts another.
    this.tokens = new TokenManager(builder.idToken, builder.tokenSource, settings.clock(), settings.ticker(),
        builder.clockSkewTolerance, settings.callTimeout(), resources.pool("token-refresh"), settings.listener());
    this.transport = Transport.forCustomer(settings, tokens, resources);
    this.auth = new IdAuth(tokens);
    this.profile = new ProfileResource(transport);
    this.profiles = new ProfilesResource(transport);
    this.locations = new LocationsResource(transport);
  }

  /** A view: the same token and resources over another view of the transport. */
  private OmneoId(OmneoId client, Transport transport) {
    this.transport = transport;
    this.tokens = client.tokens;
    this.auth = client.auth;
    this.profile = new ProfileResource(transport);
    this.profiles = new ProfilesResource(transport);
    this.locations = new LocationsResource(transport);
  }

  /**
   * Starts a builder. {@code tenant(...)} or {@code baseUrl(...)} is required, and so is {@code idToken(...)} or
   * {@code tokenSource(...)} (or both).
   *
   * @return a new builder with every setting at its default
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The token helpers: expiry, the bound profile's id, the token itself. None of them makes a request.
   *
   * @return this client's token helpers
   */
  public IdAuth auth() {
    return auth;
  }

  /**
   * Forgets the token and ends any backoff after a failed refresh, as on logout. With a token source, the next call
   * fetches a new one; without one, the next call fails with
   * {@link io.github.omneoid.client.errors.MissingTokenException}. Makes no request.
   */
  public void reset() {
    tokens.reset();
  }

  /**
   * The escape hatch for any ID route not wrapped yet, with the same auth, retries and errors as typed calls: sends
   * {@code method path} with no query and no body. The whole response is returned, envelope included.
   *
   * @param method an HTTP method, e.g. {@code "GET"}; case does not matter
   * @param path a path under the base URL, starting with {@code /}, e.g. {@code "/profiles/me/lists/wishlist"};
   *     {@code .} and {@code ..} segments, {@code ?}, {@code #} and {@code \} are refused
   *     ({@link IllegalArgumentException})
   * @return the parsed JSON (maps, lists, strings, booleans; numbers exact: a {@code Long} for an integer that fits
   *     one, else a {@code BigDecimal}), or null for an empty response
   * @throws io.github.omneoid.client.errors.OmneoIdHttpException for a status that is not 2xx, as the subclass for
   *     that status
   */
  public @Nullable Object call(String method, String path) {
    return call(method, path, Collections.<String, Object>emptyMap(), null);
  }

  /**
   * As {@link #call(String, String)}, with a query and a body.
   *
   * @param method an HTTP method, e.g. {@code "PUT"}
   * @param path a path under the base URL, starting with {@code /}
   * @param query literal keys and values, sent as given, e.g. {@code filter[is_published] -> 1}; may be null
   * @param body a JSON body, or null: a map is sent exactly as given, a null value as JSON null; a model leaves out
   *     what is unset. POST, PUT and PATCH without a body send an empty one.
   * @return the parsed JSON (maps, lists, strings, booleans; numbers exact: a {@code Long} for an integer that fits
   *     one, else a {@code BigDecimal}), or null for an empty response
   */
  public @Nullable Object call(String method, String path, @Nullable Map<String, ?> query, @Nullable Object body) {
    return call(method, path, query, body, Object.class);
  }

  /**
   * As {@link #call(String, String, Map, Object)}, reading the response as a given type, e.g.
   * {@code id.<ProfileEnvelope>call("GET", "/profiles/me", Map.of(), null, ProfileEnvelope.class).getData()}.
   *
   * @param method an HTTP method, e.g. {@code "GET"}
   * @param path a path under the base URL, starting with {@code /}
   * @param query literal keys and values, sent as given; may be null
   * @param body a JSON body (a map or a model), or null
   * @param responseType the type to read the whole response as, e.g. {@code ProfileEnvelope.class}
   * @param <T> the type read
   * @return the response read as {@code responseType}, or null for an empty response
   * @throws io.github.omneoid.client.errors.InvalidResponseException when a 2xx body is not JSON of that type
   */
  public <T> @Nullable T call(String method, String path, @Nullable Map<String, ?> query, @Nullable Object body,
      Type responseType) {
    Arguments.requireText(method, "method");
    Arguments.requireNonNull(responseType, "responseType");
    return transport.raw(method.toUpperCase(java.util.Locale.ROOT), path, query, body, responseType);
  }

  /**
   * The async twin of {@link #call(String, String, Map, Object, Type)}, sent as {@link #async()} sends calls: with
   * OkHttp's {@code enqueue}, holding no thread while in flight; cancelling the future cancels the request.
   *
   * @param method an HTTP method, e.g. {@code "GET"}
   * @param path a path under the base URL, starting with {@code /}
   * @param query literal keys and values, sent as given; may be null
   * @param body a JSON body (a map or a model), or null
   * @param responseType the type to read the whole response as
   * @param <T> the type read
   * @return a future of the response, or of null for an empty response; it fails with the exception the blocking
   *     call would throw
   */
  public <T> CompletableFuture<@Nullable T> callAsync(String method, String path, @Nullable Map<String, ?> query,
      @Nullable Object body, Type responseType) {
    Arguments.requireText(method, "method");
    Arguments.requireNonNull(responseType, "responseType");
    return async().call(i -> i.<T>call(method, path, query, body, responseType));
  }

  /**
   * The profile the token is bound to: {@code /profiles/me} and everything under it. Needs a token bound to a
   * profile: with an anonymous one every call under it fails with
   * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending.
   *
   * @return the bound profile's resource
   */
  public ProfileResource profile() {
    return profile;
  }

  /**
   * The anonymous sign-up, {@code POST /profiles}: the one route an anonymous token may call.
   *
   * @return the profiles resource
   */
  public ProfilesResource profiles() {
    return profiles;
  }

  /**
   * The store finder, {@code /locations}.
   *
   * @return the locations resource
   */
  public LocationsResource locations() {
    return locations;
  }

  /**
   * Runs blocking work on the client's async executor: {@code id.async(() -> id.profile().get())}, with the same
   * auth, retries and errors (the future fails with the same exception). Prefer {@link #async()}, which holds no
   * thread while a request is in flight; this one earns its place for work that is not only calls on this client
   * (several calls with logic between them, or a call and your own blocking code).
   *
   * <p>Limits: the work holds a pool thread for as long as it runs. At most {@code maxConcurrentAsync} (default 64)
   * of this client's pieces of work run at once; the rest wait in order. {@code future.cancel(...)} cancels the HTTP
   * requests the work has started, ends its waits for a token or between retries, and interrupts the work's thread
   * (also on an executor you supplied); a future cancelled while its work waits never starts it. Don't block the work
   * on another async call's result.
   *
   * @param call the work: one or more calls on this client
   * @param <T> what the work returns
   * @return a future of the work's result; it fails with the exception the work threw
   */
  public <T extends @Nullable Object> CompletableFuture<T> async(java.util.function.Supplier<T> call) {
    Arguments.requireNonNull(call, "call");
    return transport.async(call);
  }

  /**
   * The async view: any call of this client as a future, sent with OkHttp's {@code enqueue}, e.g.
   * {@code id.async().call(i -> i.profile().lists().list(Query.of()))}. See {@link AsyncView} for where futures
   * complete and how cancelling works.
   *
   * @return the async view of this client (of this view, with its options)
   */
  public AsyncView<OmneoId> async() {
    return new AsyncView<>(transport, this::over);
  }

  /**
   * The raw view: any call of this client with the status, headers and request id of its response, e.g.
   * {@code id.withRawResponse().call(i -> i.profile().get()).requestId()}; and the escape hatch returning any status
   * without throwing, with exact JSON numbers.
   *
   * @return the raw view of this client (of this view, with its options)
   */
  public OmneoIdRaw withRawResponse() {
    return new OmneoIdRaw(transport, this::over);
  }

  /**
   * A view of this client whose calls carry per-call options, e.g.
   * {@code id.withOptions(o -> o.callTimeout(Duration.ofMinutes(2)).header("X-Correlation-Id", cid))}: the same
   * resources, token and connection pool; this client is not changed. Options of a view of a view add up (the later
   * timeout and same-named headers win).
   *
   * @param options sets the options; see {@link RequestOptions}
   * @return a new view
   * @throws IllegalArgumentException when an option is invalid (a CR or LF in a header, a header the client sets
   *     itself such as {@code Authorization}, a negative timeout)
   */
  public OmneoId withOptions(Consumer<RequestOptions> options) {
    Arguments.requireNonNull(options, "options");
    RequestOptions set = new RequestOptions();
    options.accept(set);
    return over(transport.withOptions(set.toCallOptions()));
  }

  /** For tests in this package: the transport, to see what {@code close()} released. */
  Transport transportForTests() {
    return transport;
  }

  private OmneoId over(Transport view) {
    return new OmneoId(this, view);
  }

  /**
   * Releases what this client created for itself: its OkHttp dispatcher threads and connection pool (when no
   * {@code okHttpClient(...)} was given), its token-refresh threads, and its async pool (when no
   * {@code asyncExecutor(...)} was given); calls in flight on them are cancelled. What was passed to the builder is
   * left alone. Closes every view of the client too; afterwards every call fails with
   * {@link IllegalStateException} before sending. Calling it again does nothing.
   */
  @Override
  public void close() {
    transport.resources().close();
  }

  @Override
  public String toString() {
    return "OmneoId{baseUrl=" + transport.settings().baseUrl() + ", token=" + tokens.current() + "}";
  }

  /**
   * Builds an {@link OmneoId}. {@code tenant} or {@code baseUrl} is required; so is a token, a token source, or
   * both (the token is used first, the source when it runs out). The settings both clients share are on
   * {@link ClientBuilder}.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private IdToken idToken;
    private IdTokenSource tokenSource;
    private Duration clockSkewTolerance = Duration.ofSeconds(60);

    private Builder() {
    }

    /**
     * A token minted by your backend, as the JWT text. It may be old: it counts as having what the wall clock says
     * is left ({@code exp - now}), at most its lifetime.
     *
     * @param jwt the compact JWT, {@code header.payload.signature}
     * @return this builder
     * @throws io.github.omneoid.client.errors.MalformedTokenException when the text is not an Omneo ID token
     */
    public Builder idToken(String jwt) {
      return idToken(IdToken.parse(jwt));
    }

    /**
     * A token already parsed, e.g. one {@link OmneoIdAdmin} minted.
     *
     * @param idToken the token
     * @return this builder
     */
    public Builder idToken(IdToken idToken) {
      this.idToken = Arguments.requireNonNull(idToken, "idToken");
      return this;
    }

    /**
     * Where to get a new token before the current one runs out, or after a 401. The client calls it on a
     * background thread, one refresh at a time; a refresh still running after the call timeout is abandoned.
     * No source by default: the client then uses its {@code idToken(...)} until it expires.
     *
     * @param tokenSource e.g. {@code admin.tokenSource(AuthTokenRequest.forProfile(id))} on a server, or a call
     *     to your backend in an app
     * @return this builder
     */
    public Builder tokenSource(IdTokenSource tokenSource) {
      this.tokenSource = Arguments.requireNonNull(tokenSource, "tokenSource");
      return this;
    }

    /**
     * Without a token source, how long past {@code exp} a token is still sent (clocks differ); later than that the
     * call fails before sending with {@link io.github.omneoid.client.errors.TokenExpiredException}. Default 60 s.
     *
     * @param tolerance zero or more
     * @return this builder
     */
    public Builder clockSkewTolerance(Duration tolerance) {
      this.clockSkewTolerance = Arguments.requireNonNegative(tolerance, "clockSkewTolerance");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client
     * @throws IllegalStateException when neither {@code idToken(...)} nor {@code tokenSource(...)}, or neither
     *     {@code tenant(...)} nor {@code baseUrl(...)}, was set
     * @throws IllegalArgumentException when the base URL is plain http to a host that is not loopback and
     *     {@code allowInsecureHttp()} was not set
     */
    public OmneoId build() {
      if (idToken == null && tokenSource == null) {
        throw new IllegalStateException("Set idToken(...) or tokenSource(...) before build()");
      }
      return new OmneoId(this);
    }
  }
}
