package io.github.omneoid.client.shopify;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.AuthTokenRequest;
import io.github.omneoid.client.IdToken;
import io.github.omneoid.client.OmneoIdAdmin;
import io.github.omneoid.client.errors.SignatureMismatchException;

/**
 * The backend step of the Shopify flow: a storefront sends the customer's id and {@code customerSignature}; this
 * checks the signature with the plugin secret and only then mints that customer's token — by identity, handle
 * {@code shopify} unless configured otherwise. A bad signature is refused before any request is made. Immutable
 * and thread-safe.
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

  public static Builder builder(OmneoIdAdmin admin, String pluginSecret) {
    return new Builder(admin, pluginSecret);
  }

  /**
   * @throws SignatureMismatchException when {@code signature} is not this customer's, before any request
   */
  public IdToken mint(String customerId, String signature) {
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

    /** The identity handle Shopify customers are stored under; default {@code shopify}. */
    public Builder identityHandle(String identityHandle) {
      this.identityHandle = Arguments.requireText(identityHandle, "identityHandle");
      return this;
    }

    public ShopifyTokenExchange build() {
      return new ShopifyTokenExchange(this);
    }
  }
}
