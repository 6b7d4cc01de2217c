package io.github.omneoid.client.shopify;

import io.github.omneoid.client.internal.Arguments;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The Omneo Shopify plugin's {@code customerSignature}: HMAC-SHA256 of the customer id (decimal text), keyed
 * with the plugin secret stored in the shop metafield {@code omneo.id_secret}, as 64 lower-case hex characters —
 * what Liquid's {@code {{ customer.id | hmac_sha256: shop.metafields.omneo.id_secret }}} prints (docs.omneo.io
 * {@code dev-guides/extensions/shopify-proxy}). Keep the secret on the server. Stateless and thread-safe.
 */
public final class ShopifyCustomerSignature {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ShopifyCustomerSignature() {
  }

  /**
   * Computes a customer's signature, as the Liquid template does.
   *
   * @param customerId the Shopify customer id, as decimal text; not blank
   * @param secret the plugin secret ({@code shop.metafields.omneo.id_secret}); not blank
   * @return the lower-case hex HMAC-SHA256 of {@code customerId} keyed with {@code secret}
   * @throws IllegalStateException when the platform has no HmacSHA256 (every Java 11+ and Android 26+ platform has
   *     it)
   */
  public static String sign(String customerId, String secret) {
    Arguments.requireText(customerId, "customerId");
    Arguments.requireText(secret, "secret");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal(customerId.getBytes(StandardCharsets.UTF_8));
      char[] hex = new char[digest.length * 2];
      for (int i = 0; i < digest.length; i++) {
        hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
        hex[2 * i + 1] = HEX[digest[i] & 0xf];
      }
      return new String(hex);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available on this platform", e);
    }
  }

  /**
   * Checks a signature in constant time (as PHP's {@code hash_equals}), so its timing tells an attacker nothing
   * about how much of a guess was right. Hex case and surrounding whitespace are ignored.
   *
   * @param customerId the Shopify customer id the signature claims to be for; not blank
   * @param signature the signature the storefront sent; may be null
   * @param secret the plugin secret; not blank
   * @return false for a null, blank or wrong signature
   */
  public static boolean verify(String customerId, @Nullable String signature, String secret) {
    if (signature == null) {
      return false;
    }
    byte[] expected = sign(customerId, secret).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }
}
