package io.github.omneoid.client.shopify;

import io.github.omneoid.client.internal.Arguments;

/**
 * Where the Omneo Shopify plugin keeps a customer's ID token in the browser's {@code localStorage}:
 * {@code shapes:omneo:shapestoken:{customer_id}} (docs.omneo.io {@code dev-guides/frontend/omneo-id}, "Using the
 * token in Shopify"). A page that stores a token minted by your backend under this key lets the plugin find it. The
 * {@code shapes} in the name is the Shapes SDK's, which the plugin uses; keep the key exactly as it is.
 */
public final class ShopifyTokenStorage {

  /** The key without the customer id: {@value}. */
  public static final String KEY_PREFIX = "shapes:omneo:shapestoken:";

  private ShopifyTokenStorage() {
  }

  /**
   * The key for one customer.
   *
   * @param customerId the Shopify customer id; not blank
   * @return the {@code localStorage} key for the Shopify customer's token
   */
  public static String key(String customerId) {
    return KEY_PREFIX + Arguments.requireText(customerId, "customerId");
  }
}
