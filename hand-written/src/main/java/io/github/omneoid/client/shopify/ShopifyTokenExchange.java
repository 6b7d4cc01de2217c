package io.github.omneoid.client.shopify;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.AuthTokenRequest;
import io.github.omneoid.client.IdToken;
import io.github.omneoid.client.OmneoIdAdmin;
import io.github.omneoid.client.errors.SignatureMismatchException;
import org.jspecify.annotations.Nullable;

/**
 * The backend step of the Shopify flow: a storefront sends the customer's id and {@code customerSignature}; this
 * checks the signature with the plugin secret and only then mints that customer's token — by identity, handle
 * {@code shopify} unless configured otherwise. A bad signature is refused before any request is made. Immutable
 * and thread-safe. It does on your own server what the Omneo Shopify proxy does (docs.omneo.io
 * {@code dev-guides/extensions/shopify-proxy}).
 *
 * <pre>{@code
 * ShopifyTokenExchange exchange = ShopifyTokenExchange.builder(admin, pluginSecret).build();
 * IdToken token = exchange.mint(customerId, signatureFromStorefront);
 * }</pre>
 */
public final class ShopifyTokenExchange {

  private final OmneoIdAdmin admin;
  private final String secret;
  private final String identityHandle;

  private ShopifyTokenExchange(Builder builder) {
    this.admin = builder.admin;
    this.secret = builder.secret;
    this.identityHandle = builder.identityHandle;
  }

  /**
   * Starts a builder.
   *
   * @param admin the admin client that mints the tokens
   * @param pluginSecret the plugin secret ({@code shop.metafields.omneo.id_secret}); not blank
   * @return a new builder
   */
  public static Builder builder(OmneoIdAdmin admin, String pluginSecret) {
    return new Builder(admin, pluginSecret);
  }

  /**
   * Checks the signature, then mints the customer's ID token: {@code POST /auth/token} with
   * {@code {"id": customerId, "id_handle": identityHandle}}.
   *
   * @param customerId the Shopify customer id the storefront sent; not blank
   * @param signature the {@code customerSignature} the storefront sent; null (none sent) is a mismatch
   * @return the customer's ID token, to hand back to the storefront
   * @throws SignatureMismatchException when {@code signature} is not this customer's, before any request
   * @throws io.github.omneoid.client.errors.OmneoIdException what minting throws, e.g. a 404 or 422 when no profile
   *     has that Shopify identity (see {@code AdminAuth.requestAuthToken})
   */
  public IdToken mint(String customerId, @Nullable String signature) {
    Arguments.requireText(customerId, "customerId");
    if (!ShopifyCustomerSignature.verify(customerId, signature, secret)) {
      throw new SignatureMismatchException("The Shopify customer signature does not match customer " + customerId);
    }
    return admin.auth().requestAuthToken(AuthTokenRequest.forIdentity(customerId, identityHandle));
  }

  @Override
  public String toString() {
    return "ShopifyTokenExchange{identityHandle=" + identityHandle + ", secret=***}";
  }

  /** Builds a {@link ShopifyTokenExchange}. */
  public static final class Builder {
    private final OmneoIdAdmin admin;
    private final String secret;
    private String identityHandle = "shopify";

    private Builder(OmneoIdAdmin admin, String secret) {
      this.admin = Arguments.requireNonNull(admin, "admin");
      this.secret = Arguments.requireText(secret, "pluginSecret");
    }

    /**
     * The identity handle Shopify customers are stored under; default {@code shopify}.
     *
     * @param identityHandle the handle; not blank
     * @return this builder
     */
    public Builder identityHandle(String identityHandle) {
      this.identityHandle = Arguments.requireText(identityHandle, "identityHandle");
      return this;
    }

    /** @return a new exchange */
    public ShopifyTokenExchange build() {
      return new ShopifyTokenExchange(this);
    }
  }
}
