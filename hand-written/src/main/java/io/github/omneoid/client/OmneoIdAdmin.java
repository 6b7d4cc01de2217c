package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.internal.Transport;

/**
 * The server side: the only object that holds the long-lived admin API token, and it uses it for one thing —
 * minting short-lived ID tokens ({@code POST /auth/token}). Stateless and thread-safe: one backend mints for many
 * profiles at once, and no minted token is kept here.
 *
 * <pre>{@code
 * OmneoIdAdmin admin = OmneoIdAdmin.builder().tenant("acme").apiToken(System.getenv("OMNEO_API_TOKEN")).build();
 * IdToken token = admin.auth().requestAuthToken(AuthTokenRequest.forProfile(profileId));
 * }</pre>
 */
public final class OmneoIdAdmin {

  private final Transport transport;
  private final AdminAuth auth;

  private OmneoIdAdmin(Builder builder) {
    this.transport = Transport.forAdmin(builder.transportSettings(), builder.apiToken);
    this.auth = new AdminAuth(transport);
  }

  public static Builder builder() {
    return new Builder();
  }

  public AdminAuth auth() {
    return auth;
  }

  /**
   * A source that mints a new token for {@code request} whenever a customer client needs one: for a server that
   * calls the ID API on a customer's behalf.
   */
  public IdTokenSource tokenSource(AuthTokenRequest request) {
    Arguments.requireNonNull(request, "request");
    return () -> auth.requestAuthToken(request);
  }

  @Override
  public String toString() {
    return "OmneoIdAdmin{baseUrl=" + transport.settings().baseUrl() + ", apiToken=***}";
  }

  /** Builds an {@link OmneoIdAdmin}. {@code tenant} or {@code baseUrl}, and {@code apiToken}, are required. */
  public static final class Builder extends ClientBuilder<Builder> {
    private String apiToken;

    private Builder() {
    }

    /** The admin API token from CX Manager. Keep it on the server; it is sent to {@code /auth/token} only. */
    public Builder apiToken(String apiToken) {
      this.apiToken = Arguments.requireText(apiToken, "apiToken");
      return this;
    }

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
