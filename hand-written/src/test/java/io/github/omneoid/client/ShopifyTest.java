package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.errors.SignatureMismatchException;
import io.github.omneoid.client.shopify.ShopifyCustomerSignature;
import io.github.omneoid.client.shopify.ShopifyTokenExchange;
import io.github.omneoid.client.shopify.ShopifyTokenStorage;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShopifyTest {

  private final TestServer server = new TestServer();

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void signsLikeShopifysHmacFilter() {
    // Shopify's own example for {{ 'Polyjuice' | hmac_sha256: 'Polina' }}.
    assertThat(ShopifyCustomerSignature.sign("Polyjuice", "Polina"))
        .isEqualTo("8e0d5d65cff1242a4af66c8f4a32854fd5fb80edcc8aabe9b302b29c7c71dc20");
  }

  @Test
  void verifiesSignatures() {
    String signature = ShopifyCustomerSignature.sign("6178290974891", "plugin-secret");

    assertThat(ShopifyCustomerSignature.verify("6178290974891", signature, "plugin-secret")).isTrue();
    assertThat(ShopifyCustomerSignature.verify("6178290974891", signature.toUpperCase(), "plugin-secret")).isTrue();
    assertThat(ShopifyCustomerSignature.verify("6178290974892", signature, "plugin-secret")).isFalse();
    assertThat(ShopifyCustomerSignature.verify("6178290974891", signature, "other-secret")).isFalse();
    assertThat(ShopifyCustomerSignature.verify("6178290974891", signature.substring(1), "plugin-secret")).isFalse();
    assertThat(ShopifyCustomerSignature.verify("6178290974891", null, "plugin-secret")).isFalse();
  }

  @Test
  void storageKeyKeepsTheLegacyPrefix() {
    assertThat(ShopifyTokenStorage.key("6178290974891")).isEqualTo("shapes:omneo:shapestoken:6178290974891");
    assertThatThrownBy(() -> ShopifyTokenStorage.key(" ")).hasMessage("customerId must not be blank");
  }

  @Test
  void theExchangeMintsByShopifyIdentityOnlyForAValidSignature() {
    Instant now = Instant.now();
    OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(server.baseUrl()).apiToken(TestTokens.ADMIN_TOKEN)
        .retryPolicy(RetryPolicy.none()).build();
    ShopifyTokenExchange exchange = ShopifyTokenExchange.builder(admin, "plugin-secret").build();

    assertThatThrownBy(() -> exchange.mint("42", "00" + ShopifyCustomerSignature.sign("42", "plugin-secret").substring(2)))
        .isInstanceOf(SignatureMismatchException.class).hasMessageContaining("customer 42");
    assertThatThrownBy(() -> exchange.mint("42", null)).as("no signature sent")
        .isInstanceOf(SignatureMismatchException.class).hasMessageContaining("customer 42");
    assertThat(server.requestCount()).as("refused before any request").isZero();

    server.enqueueJson(200, TestTokens.mintResponse(TestTokens.profileJwt("p-42", now, now.plusSeconds(600)),
        now.plusSeconds(600)));
    IdToken token = exchange.mint("42", ShopifyCustomerSignature.sign("42", "plugin-secret"));

    assertThat(token.profileId()).contains("p-42");
    assertThat(server.take().getBody().readUtf8()).isEqualTo("{\"id\":\"42\",\"id_handle\":\"shopify\"}");
    assertThat(exchange.toString()).doesNotContain("plugin-secret");
  }
}
