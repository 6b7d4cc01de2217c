package io.github.omneoid.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.AuthTokenRequest;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.UpdateOptions;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.client.errors.ValidationException;
import io.github.omneoid.client.ProfileResource;
import io.github.omneoid.model.CommsChannel;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileComms;
import io.github.omneoid.model.ProfileType;
import io.github.omneoid.model.ProfileUpdate;
import io.github.omneoid.model.RedeemResult;
import io.github.omneoid.model.TransactionProductVariant;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.OmneoIdSandboxTest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /profiles/me} itself: read, update, delete, purge, resync, redeem, type, products, comms. */
@OmneoIdSandboxTest
class ProfileRootE2ETest {

  private final OmneoIdSandbox sandbox;

  ProfileRootE2ETest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  @Test
  void readsTheProfileTheTokenIsBoundTo() {
    String id = E2e.seed(sandbox, E2e.person("Jane", "Doe").field("company", "Acme"));

    Profile me = E2e.customer(sandbox, id).profile().get();

    assertThat(me.getId()).isEqualTo(id);
    assertThat(me.getFirstName()).isEqualTo("Jane");
    assertThat(me.getLastName()).isEqualTo("Doe");
    assertThat(me.getCompany()).isEqualTo("Acme");
    assertThat(me.getProfileType()).isEqualTo(ProfileType.ACTIVE);
  }

  @Test
  void aPartialUpdateSendsOnlyTheFieldSetAndLeavesTheRest() {
    String id = E2e.seed(sandbox, E2e.person("Jane", "Doe").field("company", "Acme"));
    Wire wire = new Wire();
    OmneoId client = E2e.customerBuilder(sandbox).okHttpClient(wire.client())
        .tokenSource(E2e.admin(sandbox).tokenSource(AuthTokenRequest.forProfile(id))).build();

    Profile typed = client.profile().update(new ProfileUpdate().occupation("Engineer"));

    assertThat(wire.last().method).isEqualTo("PUT");
    assertThat(wire.last().path).isEqualTo("/profiles/me");
    assertThat(wire.last().body).isEqualTo("{\"occupation\":\"Engineer\"}");
    assertThat(typed.getOccupation()).isEqualTo("Engineer");
    assertThat(typed.getFirstName()).isEqualTo("Jane");
    assertThat(typed.getCompany()).isEqualTo("Acme");

    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("first_name", "Janet");
    Profile mapped = client.profile().update(fields);

    assertThat(wire.last().body).isEqualTo("{\"first_name\":\"Janet\"}");
    assertThat(mapped.getFirstName()).isEqualTo("Janet");
    assertThat(mapped.getLastName()).isEqualTo("Doe");
    assertThat(client.profile().get().getOccupation()).isEqualTo("Engineer");
  }

  @Test
  void aMobileNumberOwnedByAnotherProfileIs422AndTheRetryMovesItToSecondaryPhone() {
    E2e.seed(sandbox, E2e.person("Owner", "Ofnumber").mobilePhone("+61400000111"));
    String id = E2e.seed(sandbox, E2e.person("Sam", "Secondary"));
    Wire wire = new Wire();
    OmneoId client = E2e.customerBuilder(sandbox).okHttpClient(wire.client())
        .tokenSource(E2e.admin(sandbox).tokenSource(AuthTokenRequest.forProfile(id))).build();

    assertThatThrownBy(() -> client.profile().update(new ProfileUpdate().mobilePhone("+61400000111")))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.errors()).containsEntry("mobile_phone", List.of("The phone number exists"));
        });
    assertThat(client.profile().get().getMobilePhone()).isNull();

    wire.clear();
    Profile updated = client.profile().update(new ProfileUpdate().mobilePhone("+61400000111").company("Tiny Co"),
        UpdateOptions.retryMobileSecondary());

    assertThat(updated.getSecondaryPhone()).isEqualTo("+61400000111");
    assertThat(updated.getMobilePhone()).isNull();
    assertThat(updated.getCompany()).isEqualTo("Tiny Co");
    assertThat(wire.sent()).extracting(s -> s.status).containsExactly(422, 200);
    assertThat(wire.sent().get(1).body).contains("\"secondary_phone\":\"+61400000111\"")
        .doesNotContain("mobile_phone");
  }

  @Test
  void deleteHidesTheProfileFromTheApiAndFromMinting() {
    String id = E2e.seed(sandbox, E2e.person("Gone", "Soon"));
    OmneoId client = E2e.customer(sandbox, id);
    assertThat(client.profile().get().getFirstName()).isEqualTo("Gone");

    client.profile().delete();

    assertThatThrownBy(() -> client.profile().get()).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.status()).isEqualTo(404));
    assertThatThrownBy(() -> E2e.admin(sandbox).auth().requestAuthToken(AuthTokenRequest.forProfile(id)))
        .isInstanceOf(NotFoundException.class);
    assertThat(sandbox.profile(id)).isEmpty();
  }

  @Test
  void purgeRemovesTheProfileAndItsIdentities() {
    String id = E2e.seed(sandbox, E2e.person("Purge", "Me").identity("shopify", "purge-42"));
    assertThat(E2e.admin(sandbox).auth().requestAuthToken(AuthTokenRequest.forIdentity("purge-42", "shopify"))
        .profileId()).contains(id);

    E2e.customer(sandbox, id).profile().purge();

    assertThat(sandbox.profiles()).extracting(p -> p.get("id")).doesNotContain(id);
    assertThatThrownBy(() -> E2e.admin(sandbox).auth()
        .requestAuthToken(AuthTokenRequest.forIdentity("purge-42", "shopify")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void resyncAnswersWithTheProfile() {
    String id = E2e.seed(sandbox, E2e.person("Re", "Sync"));

    Profile resynced = E2e.customer(sandbox, id).profile().resync();

    assertThat(resynced.getId()).isEqualTo(id);
    assertThat(resynced.getFullName()).isEqualTo("Re Sync");
  }

  @Test
  void redeemSpendsTheRewardBalanceAndRecordsARedemption() {
    String id = E2e.seed(sandbox, E2e.person("Red", "Eemer").reward(10).reward(5));
    OmneoId client = E2e.customer(sandbox, id);

    RedeemResult result = client.profile().redeem(new BigDecimal("12.50"));

    assertThat(result.getTotal()).isEqualByComparingTo("12.5");
    assertThat(result.getBalances().getRewardBalance()).isEqualByComparingTo("2.5");
    assertThat(client.profile().balances().get().getRewardBalance()).isEqualByComparingTo("2.5");
    assertThat(client.profile().redemptions().list(Query.of()).items()).hasSize(1)
        .first().satisfies(r -> assertThat(r.getTotal()).isEqualByComparingTo("12.5"));
    assertThatThrownBy(() -> client.profile().redeem(new BigDecimal("3")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsKey("amount"));
  }

  @Test
  void updateTypeChangesTheProfileType() {
    String id = E2e.seed(sandbox, E2e.person("Type", "Changer"));
    OmneoId client = E2e.customer(sandbox, id);

    Profile updated = client.profile().updateType(ProfileType.PENDING);

    assertThat(updated.getProfileType()).isEqualTo(ProfileType.PENDING);
    assertThat(client.profile().get().getProfileType()).isEqualTo(ProfileType.PENDING);
  }

  @Test
  void transactionProductsListsEachVariantBoughtWithItsQuantities() {
    String id = E2e.seed(sandbox, E2e.person("Shop", "Per")
        .record("transactions", Map.of("total", 60, "transacted_at", "2026-01-10 10:00:00", "items",
            List.of(Map.of("product_variant_id", 501, "sku", "LS-01", "name", "Linen shirt", "price_sell", 60,
                "quantity", 1))))
        .record("transactions", Map.of("total", 120, "transacted_at", "2026-02-10 10:00:00", "items",
            List.of(Map.of("product_variant_id", 501, "sku", "LS-01", "name", "Linen shirt", "price_sell", 60,
                "quantity", 2)))));

    Page<TransactionProductVariant> page = E2e.customer(sandbox, id).profile().transactionProducts(Query.of());

    assertThat(page.items()).hasSize(1);
    TransactionProductVariant shirt = page.items().get(0);
    assertThat(shirt.getId()).isEqualTo(501L);
    assertThat(shirt.getSku()).isEqualTo("LS-01");
    assertThat(shirt.getPurchaseQty()).isEqualByComparingTo("3");
    assertThat(shirt.getCountt()).isEqualTo(2);
    assertThat(shirt.getLatestTransactedAt()).isEqualTo("2026-02-10 10:00:00");
  }

  @Test
  void subscribeAndUnsubscribeFlipIsSubscribed() {
    String id = E2e.seed(sandbox, E2e.person("Comms", "Person"));
    OmneoId client = E2e.customer(sandbox, id);
    ProfileComms before = client.profile().attributes().comms().get();
    assertThat(ProfileResource.isSubscribed(before, CommsChannel.EMAIL)).isTrue();

    ProfileComms sms = client.profile().subscribe(CommsChannel.SMS);
    assertThat(sms.getSmsPromo()).isTrue();
    assertThat(sms.getSmsOptout()).isFalse();
    assertThat(ProfileResource.isSubscribed(sms, CommsChannel.SMS)).isTrue();

    ProfileComms off = client.profile().unsubscribe(CommsChannel.EMAIL, true);
    assertThat(off.getEmailPromo()).isFalse();
    assertThat(off.getEmailOptout()).isTrue();
    assertThat(ProfileResource.isUnsubscribed(off, CommsChannel.EMAIL)).isTrue();
    assertThat(ProfileResource.isSubscribed(off, CommsChannel.SMS)).isTrue();

    ProfileComms reread = client.profile().attributes().comms().get();
    assertThat(ProfileResource.isSubscribed(reread, CommsChannel.EMAIL)).isFalse();
    assertThat(ProfileResource.isSubscribed(reread, CommsChannel.SMS)).isTrue();
  }
}
