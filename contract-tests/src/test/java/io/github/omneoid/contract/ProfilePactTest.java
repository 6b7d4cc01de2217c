package io.github.omneoid.contract;

import static io.github.omneoid.contract.Contract.CONNECTED_PROFILE_ID;
import static io.github.omneoid.contract.Contract.CONSUMER;
import static io.github.omneoid.contract.Contract.PROFILE_ID;
import static io.github.omneoid.contract.Contract.PROVIDER;
import static io.github.omneoid.contract.Contract.client;
import static io.github.omneoid.contract.Interactions.data;
import static io.github.omneoid.contract.Interactions.json;
import static io.github.omneoid.contract.Interactions.noContent;
import static io.github.omneoid.contract.Interactions.ok;
import static io.github.omneoid.contract.Interactions.page;
import static io.github.omneoid.contract.Interactions.profile;
import static io.github.omneoid.contract.Interactions.profileWith;
import static io.github.omneoid.contract.Interactions.request;
import static io.github.omneoid.contract.Interactions.requestFromState;
import static io.github.omneoid.contract.ProviderState.HAS_CONNECTION;
import static io.github.omneoid.contract.ProviderState.HAS_REWARD;
import static io.github.omneoid.contract.ProviderState.HAS_TRANSACTION;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.ProfileResource;
import io.github.omneoid.model.CommsChannel;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileComms;
import io.github.omneoid.model.ProfileType;
import io.github.omneoid.model.ProfileUpdate;
import io.github.omneoid.model.RedeemResult;
import io.github.omneoid.model.TransactionProductVariant;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /profiles/me} itself: read, update, delete, purge, resync, comms, redeem, type, products bought. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class ProfilePactTest {

  @Pact(consumer = CONSUMER)
  V4Pact getMyProfile(PactDslWithProvider builder) {
    return ok(request(profile(builder), "a request for the bound profile", "GET", "/profiles/me"),
        data(Shapes.PROFILE));
  }

  @Test
  @PactTestFor(pactMethod = "getMyProfile")
  void getMyProfile(MockServer server) {
    Profile me = client(server).profile().get();
    assertThat(me.getId()).isEqualTo(PROFILE_ID);
    assertThat(me.getEmail()).isEqualTo("jane.citizen@example.com");
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMyProfile(PactDslWithProvider builder) {
    return ok(json(request(profile(builder), "an update of the profile's first name", "PUT", "/profiles/me"),
            body -> body.stringValue("first_name", "Janet")),
        data(o -> {
          Shapes.PROFILE.accept(o);
          o.stringValue("first_name", "Janet");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "updateMyProfile")
  void updateMyProfile(MockServer server) {
    Profile me = client(server).profile().update(new ProfileUpdate().firstName("Janet"));
    assertThat(me.getFirstName()).isEqualTo("Janet");
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteMyProfile(PactDslWithProvider builder) {
    return noContent(request(profile(builder), "a soft delete of the profile", "DELETE", "/profiles/me"));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMyProfile")
  void deleteMyProfile(MockServer server) {
    client(server).profile().delete();
  }

  @Pact(consumer = CONSUMER)
  V4Pact purgeMyProfile(PactDslWithProvider builder) {
    return noContent(request(profile(builder), "a purge of the profile", "DELETE", "/profiles/me/purge"));
  }

  @Test
  @PactTestFor(pactMethod = "purgeMyProfile")
  void purgeMyProfile(MockServer server) {
    client(server).profile().purge();
  }

  @Pact(consumer = CONSUMER)
  V4Pact resyncMyProfile(PactDslWithProvider builder) {
    return ok(request(profile(builder), "a resync of the profile", "GET", "/profiles/me/resync"),
        data(Shapes.PROFILE));
  }

  @Test
  @PactTestFor(pactMethod = "resyncMyProfile")
  void resyncMyProfile(MockServer server) {
    assertThat(client(server).profile().resync().getId()).isEqualTo(PROFILE_ID);
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMyCommsSubscription(PactDslWithProvider builder) {
    return ok(json(request(profile(builder), "a subscription to SMS", "PUT", "/profiles/me/comms"),
            body -> body.booleanValue("sms_optout", false).booleanValue("sms_promo", true)),
        LambdaDsl.newJsonBody(o -> o.minArrayLike("data", 1, c -> {
          c.stringType("profile_id", PROFILE_ID);
          c.booleanValue("sms_promo", true);
          c.booleanValue("sms_optout", false);
        })).build());
  }

  @Test
  @PactTestFor(pactMethod = "updateMyCommsSubscription")
  void updateMyCommsSubscription(MockServer server) {
    ProfileComms comms = client(server).profile().subscribe(CommsChannel.SMS);
    assertThat(ProfileResource.isSubscribed(comms, CommsChannel.SMS)).isTrue();
  }

  @Pact(consumer = CONSUMER)
  V4Pact redeemMyBalance(PactDslWithProvider builder) {
    return ok(json(request(profileWith(builder, HAS_REWARD, "value", 10), "a redemption of $5 of rewards", "POST",
            "/profiles/me/redeem"), body -> body.numberValue("amount", 5)),
        data(o -> {
          // The id and amounts as strings, as docs.omneo.io/api-reference/return-strategy shows the answer.
          o.stringMatcher("id", Contract.DIGITS_STRING, "171");
          o.stringMatcher("total", Contract.DECIMAL_STRING, "5.00");
          o.object("balances", b -> b.stringMatcher("reward_balance", Contract.DECIMAL_STRING, "5.00"));
        }));
  }

  @Test
  @PactTestFor(pactMethod = "redeemMyBalance")
  void redeemMyBalance(MockServer server) {
    RedeemResult result = client(server).profile().redeem(new BigDecimal("5"));
    assertThat(result.getTotal()).isNotNull();
    assertThat(result.getBalances().getRewardBalance()).isNotNull();
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMyProfileType(PactDslWithProvider builder) {
    return ok(json(request(profile(builder), "a change of the profile's type", "PUT", "/profiles/me/update-type"),
            body -> body.stringValue("profile_type", "pending")),
        data(o -> {
          Shapes.PROFILE.accept(o);
          o.stringValue("profile_type", "pending");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "updateMyProfileType")
  void updateMyProfileType(MockServer server) {
    assertThat(client(server).profile().updateType(ProfileType.PENDING).getProfileType())
        .isEqualTo(ProfileType.PENDING);
  }

  @Pact(consumer = CONSUMER)
  V4Pact listMyTransactionProducts(PactDslWithProvider builder) {
    return ok(request(profileWith(builder, HAS_TRANSACTION, "externalId", "T-1001", "sku", "SKU-5111"),
            "a request for the products the profile bought", "GET", "/profiles/me/transaction-products"),
        page(Shapes.TRANSACTION_PRODUCT));
  }

  @Test
  @PactTestFor(pactMethod = "listMyTransactionProducts")
  void listMyTransactionProducts(MockServer server) {
    Page<TransactionProductVariant> products = client(server).profile().transactionProducts(Query.of());
    assertThat(products.items()).isNotEmpty();
    assertThat(products.items().get(0).getSku()).isEqualTo("SKU-5111");
  }

  /** The connection view: the same tree under /profiles/connection/{id}, acting on the connected profile. */
  @Pact(consumer = CONSUMER)
  V4Pact getConnectedProfile(PactDslWithProvider builder) {
    return ok(requestFromState(profileWith(builder, HAS_CONNECTION, "connectedProfileId", CONNECTED_PROFILE_ID),
            "a request for a connected profile through the connection", "GET",
            "/profiles/connection/${connectionId}", "/profiles/connection/151"),
        data(o -> {
          o.stringType("id", CONNECTED_PROFILE_ID);
          o.stringType("first_name", "Sam");
          o.stringType("email", "sam.citizen@example.com");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "getConnectedProfile")
  void getConnectedProfile(MockServer server) {
    Profile sam = client(server).profile().connection(151).get();
    assertThat(sam.getId()).isEqualTo(CONNECTED_PROFILE_ID);
  }
}
