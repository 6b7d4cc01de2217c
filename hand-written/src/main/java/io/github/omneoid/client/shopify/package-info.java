/**
 * Server-side helpers for storefronts that run the Omneo Shopify plugin, in the way docs.omneo.io describes it
 * (dev-guides/extensions/shopify-proxy, dev-guides/frontend/omneo-id):
 * <ul>
 *   <li>{@link io.github.omneoid.client.shopify.ShopifyCustomerSignature}: the {@code customerSignature} a Liquid
 *       template computes for the logged-in customer, and its constant-time check;</li>
 *   <li>{@link io.github.omneoid.client.shopify.ShopifyTokenExchange}: the backend step that checks a storefront's
 *       customer id and signature, and only then mints that customer's ID token;</li>
 *   <li>{@link io.github.omneoid.client.shopify.ShopifyTokenStorage}: the browser {@code localStorage} key under
 *       which the plugin keeps a customer's token.</li>
 * </ul>
 * The plugin secret used here belongs on the server, like the admin API token.
 *
 * <p>Null-marked (JSpecify {@code @NullMarked}): a type without {@code @Nullable} is never null, in and out.
 */
@NullMarked
package io.github.omneoid.client.shopify;

import org.jspecify.annotations.NullMarked;
