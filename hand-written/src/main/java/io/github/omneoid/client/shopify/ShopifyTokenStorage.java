package io.github.omneoid.client.shopify;

import io.github.omneoid.client.internal.Arguments;

/**
 * Where the Omneo Shopify plugin keeps a customer's ID token in the browser's {@code localStorage}:
 * {@code shapes:omneo:shapestoken:{customer_id}}. The {@code shapes:} prefix is a legacy name kept so that stores
 * already deployed keep working.
 */
public final class ShopifyTokenStorage {

  public static final String KEY_PREFIX = "shapes:omneo:shapestoken:";

  private ShopifyTokenStorage() {
  }

  /** @return the {@code localStorage} key for the Shopify customer's token */
  public static String key(String customerId) {
    return KEY_PREFIX + Arguments.requireText(customerId, "customerId");
  }
}
