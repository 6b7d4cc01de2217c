package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.internal.ClientResources;
import io.github.omneoid.client.internal.Transport;
import java.util.function.Consumer;

/**
 * The server side: the only object that holds the long-lived admin API token, and it uses it for one thing —
 * minting short-lived ID tokens ({@code POST /auth/token}). The transport refuses to send the admin token to any
 * other route and never follows a redirect. Stateless and thread-safe: one backend mints for many profiles at once,
 * and no minted token is kept here.
 *
 * <pre>{@code
 * OmneoIdAdmin admin = OmneoIdAdmin.builder().tenant("acme").apiToken(System.getenv("OMNEO_API_TOKEN")).build();
 * IdToken token = admin.auth().requestAuthToken(AuthTokenRequest.forProfile(profileId));
 * }</pre>
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (see that package, or
 * the README's "Errors" section); {@link AdminAuth#requestAuthToken} names the ones minting is likely to meet.
 */
public final class OmneoIdAdmin implements AutoCloseable {

  private final Transport transport;
  private final AdminAuth auth;

  private OmneoIdAdmin(Builder builder) {
    this(Transport.forAdmin(builder.transportSettings(), builder.apiToken, new ClientResources()));
  }

  private OmneoIdAdmin(Transport transport) {
    this.transport = transport;
    this.auth = new AdminAuth(transport);
  }

  /**
   * Starts a builder. {@code tenant(...)} or {@code baseUrl(...)} is required, and so is {@code apiToken(...)}.
   *
   * @return a new builder with every setting at its default
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Minting: {@code POST /auth/token}.
   *
   * @return this client's minting calls
   */
  public AdminAuth auth() {
    return auth;
  }

  /**
   * A source that mints a new token for {@code request} ({@code POST /auth/token}) whenever a customer client needs
   * one: for a server that calls the ID API on a customer's behalf, e.g.
   * {@code OmneoId.builder().tenant("acme").tokenSource(admin.tokenSource(AuthTokenRequest.forProfile(id)))}.
   * Nothing is sent until the customer client asks; a failed mint reaches the customer client's callers as its
   * exception.
   *
   * @param request what to mint the tokens for
   * @return a source backed by {@link AdminAuth#requestAuthToken(AuthTokenRequest)}
   */
  public IdTokenSource tokenSource(AuthTokenRequest request) {
    Arguments.requireNonNull(request, "request");
    return () -> auth.requestAuthToken(request);
  }

  /**
   * A view of this client whose calls carry per-call options, e.g.
   * {@code admin.withOptions(o -> o.callTimeout(Duration.ofSeconds(5)).header("X-Correlation-Id", cid))}: the same
   * token and connection pool; this client is not changed.
   *
   * @param options sets the options; see {@link RequestOptions}
   * @return a new view
   * @throws IllegalArgumentException when an option is invalid (a CR or LF in a header, a header the client sets
   *     itself such as {@code Authorization}, a negative timeout)
   */
  public OmneoIdAdmin withOptions(Consumer<RequestOptions> options) {
    Arguments.requireNonNull(options, "options");
    RequestOptions set = new RequestOptions();
    options.accept(set);
    return new OmneoIdAdmin(transport.withOptions(set.toCallOptions()));
  }

  /**
   * The raw view: a mint with the status, headers and request id of its response, e.g.
   * {@code admin.withRawResponse().call(a -> a.auth().requestAuthToken(request))}.
   *
   * @return the raw view of this client (of this view, with its options)
   */
  public RawView<OmneoIdAdmin> withRawResponse() {
    return new RawView<>(transport, OmneoIdAdmin::new);
  }

  /**
   * The async view: a mint as a future, sent with OkHttp's {@code enqueue}, e.g.
   * {@code admin.async().call(a -> a.auth().requestAuthToken(request))}; see {@link AsyncView}.
   *
   * @return the async view of this client (of this view, with its options)
   */
  public AsyncView<OmneoIdAdmin> async() {
    return new AsyncView<>(transport, OmneoIdAdmin::new);
  }

  /**
   * Releases what this client created for itself: its OkHttp dispatcher threads and connection pool (when no
   * {@code okHttpClient(...)} was given) and its async pool (when no {@code asyncExecutor(...)} was given). What was
   * passed to the builder is left alone. Closes every view of the client too; afterwards every call fails with
   * {@link IllegalStateException} before sending. Calling it again does nothing. A customer client using
   * {@link #tokenSource} gets that exception from its next refresh.
   */
  @Override
  public void close() {
    transport.resources().close();
  }

  @Override
  public String toString() {
    return "OmneoIdAdmin{baseUrl=" + transport.settings().baseUrl() + ", apiToken=***}";
  }

  /**
   * Builds an {@link OmneoIdAdmin}. {@code tenant} or {@code baseUrl}, and {@code apiToken}, are required; the
   * settings both clients share are on {@link ClientBuilder}. {@link #toString()} never shows the token.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private String apiToken;

    private Builder() {
    }

    /**
     * The admin API token from CX Manager. Keep it on the server; it is sent to {@code POST /auth/token} only.
     *
     * @param apiToken the token, not blank
     * @return this builder
     */
    public Builder apiToken(String apiToken) {
      this.apiToken = Arguments.requireText(apiToken, "apiToken");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new admin client
     * @throws IllegalStateException when {@code apiToken(...)}, or both {@code tenant(...)} and
     *     {@code baseUrl(...)}, are missing
     * @throws IllegalArgumentException when the base URL is plain http to a host that is not loopback and
     *     {@code allowInsecureHttp()} was not set
     */
    public OmneoIdAdmin build() {
      if (apiToken == null) {
        throw new IllegalStateException("Set apiToken(...) before build()");
      }
      return new OmneoIdAdmin(this);
    }

    @Override
    public String toString() {
      return "OmneoIdAdmin.Builder{apiToken=" + (apiToken == null ? "unset" : "***") + "}";
    }
  }
}
