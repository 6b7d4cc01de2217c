package io.github.omneoid.contract;

import static io.github.omneoid.contract.Contract.CONSUMER;
import static io.github.omneoid.contract.Contract.PROVIDER;
import static io.github.omneoid.contract.Contract.client;
import static io.github.omneoid.contract.Interactions.data;
import static io.github.omneoid.contract.Interactions.dataList;
import static io.github.omneoid.contract.Interactions.json;
import static io.github.omneoid.contract.Interactions.noContent;
import static io.github.omneoid.contract.Interactions.ok;
import static io.github.omneoid.contract.Interactions.profile;
import static io.github.omneoid.contract.Interactions.profileWith;
import static io.github.omneoid.contract.Interactions.request;
import static io.github.omneoid.contract.Interactions.requestFromState;
import static io.github.omneoid.contract.ProviderState.HAS_ADDRESS;
import static io.github.omneoid.contract.ProviderState.HAS_IDENTITY;
import static io.github.omneoid.contract.ProviderState.HAS_REGION;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.omneoid.client.ProfileResource;
import io.github.omneoid.model.AddressInput;
import io.github.omneoid.model.AddressUpdateInput;
import io.github.omneoid.model.IdentityInput;
import io.github.omneoid.model.IdentityUpdateInput;
import io.github.omneoid.model.ProfileRegionInput;
import io.github.omneoid.model.ProfileRegionUpdateInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Addresses (ids from the state), identities (by handle and by id) and regions (catalogue ids). */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class AddressesIdentitiesRegionsPactTest {

  private static ProfileResource me(MockServer server) {
    return client(server).profile();
  }

  private static PactDslWithState withAddress(PactDslWithProvider builder) {
    return profileWith(builder, HAS_ADDRESS, "city", "Melbourne");
  }

  private static PactDslWithState withIdentity(PactDslWithProvider builder) {
    return profileWith(builder, HAS_IDENTITY, "handle", "magento_id", "identifier", "1004993MH");
  }

  private static PactDslWithState withRegion(PactDslWithProvider builder) {
    return profileWith(builder, HAS_REGION, "regionId", 1);
  }

  // ------------------------------------------------------------------------------------------------ addresses

  @Pact(consumer = CONSUMER)
  V4Pact listMyAddresses(PactDslWithProvider builder) {
    return ok(request(withAddress(builder), "a request for the profile's addresses", "GET", "/profiles/me/addresses"),
        dataList(Shapes.ADDRESS));
  }

  @Test
  @PactTestFor(pactMethod = "listMyAddresses")
  void listMyAddresses(MockServer server) {
    assertThat(me(server).addresses().list()).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact createMyAddress(PactDslWithProvider builder) {
    return ok(json(request(profile(builder), "a new address", "POST", "/profiles/me/addresses"),
            body -> body.stringValue("address_line_1", "211 La Trobe St").stringValue("city", "Melbourne")
                .stringValue("state", "VIC").stringValue("postcode", "3000").stringValue("country", "Australia")),
        data(Shapes.ADDRESS));
  }

  @Test
  @PactTestFor(pactMethod = "createMyAddress")
  void createMyAddress(MockServer server) {
    assertThat(me(server).addresses().create(new AddressInput().addressLine1("211 La Trobe St").city("Melbourne")
        .state("VIC").postcode("3000").country("Australia")).getId()).isPositive();
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyAddress(PactDslWithProvider builder) {
    return ok(requestFromState(withAddress(builder), "a request for one address", "GET",
        "/profiles/me/addresses/${addressId}", "/profiles/me/addresses/12"), data(Shapes.ADDRESS));
  }

  @Test
  @PactTestFor(pactMethod = "getMyAddress")
  void getMyAddress(MockServer server) {
    assertThat(me(server).addresses().get(12).getCity()).isEqualTo("Melbourne");
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMyAddress(PactDslWithProvider builder) {
    return ok(json(requestFromState(withAddress(builder), "an update of an address's city", "PUT",
            "/profiles/me/addresses/${addressId}", "/profiles/me/addresses/12"),
            body -> body.stringValue("city", "Richmond")),
        data(o -> {
          Shapes.ADDRESS.accept(o);
          o.stringValue("city", "Richmond");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "updateMyAddress")
  void updateMyAddress(MockServer server) {
    assertThat(me(server).addresses().update(12, new AddressUpdateInput().city("Richmond")).getCity())
        .isEqualTo("Richmond");
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteMyAddress(PactDslWithProvider builder) {
    return noContent(requestFromState(withAddress(builder), "a delete of an address", "DELETE",
        "/profiles/me/addresses/${addressId}", "/profiles/me/addresses/12"));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMyAddress")
  void deleteMyAddress(MockServer server) {
    me(server).addresses().delete(12);
  }

  // ------------------------------------------------------------------------------------------------ identities

  @Pact(consumer = CONSUMER)
  V4Pact listMyIdentities(PactDslWithProvider builder) {
    return ok(request(withIdentity(builder), "a request for the profile's identities", "GET",
        "/profiles/me/identities"), dataList(Shapes.IDENTITY));
  }

  @Test
  @PactTestFor(pactMethod = "listMyIdentities")
  void listMyIdentities(MockServer server) {
    assertThat(me(server).identities().list()).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact createMyIdentity(PactDslWithProvider builder) {
    return ok(json(request(profile(builder), "a new identity", "POST", "/profiles/me/identities"),
            body -> body.stringValue("handle", "shopify").stringValue("identifier", "7001")),
        data(o -> {
          Shapes.IDENTITY.accept(o);
          o.stringValue("handle", "shopify");
          o.stringValue("identifier", "7001");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "createMyIdentity")
  void createMyIdentity(MockServer server) {
    assertThat(me(server).identities().create(new IdentityInput().handle("shopify").identifier("7001")).getHandle())
        .isEqualTo("shopify");
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyIdentityByHandle(PactDslWithProvider builder) {
    return ok(request(withIdentity(builder), "a request for one identity by handle", "GET",
        "/profiles/me/identities/magento_id"), data(Shapes.IDENTITY));
  }

  @Test
  @PactTestFor(pactMethod = "getMyIdentityByHandle")
  void getMyIdentityByHandle(MockServer server) {
    assertThat(me(server).identities().get("magento_id").getIdentifier()).isEqualTo("1004993MH");
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMyIdentityByHandle(PactDslWithProvider builder) {
    return ok(json(request(withIdentity(builder), "an update of an identity by handle", "PUT",
            "/profiles/me/identities/magento_id"), body -> body.booleanValue("is_primary", true)),
        data(o -> {
          Shapes.IDENTITY.accept(o);
          o.booleanValue("is_primary", true);
        }));
  }

  @Test
  @PactTestFor(pactMethod = "updateMyIdentityByHandle")
  void updateMyIdentityByHandle(MockServer server) {
    assertThat(me(server).identities().update("magento_id", new IdentityUpdateInput().isPrimary(true))
        .getIsPrimary()).isTrue();
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteMyIdentityByHandle(PactDslWithProvider builder) {
    return noContent(request(withIdentity(builder), "a delete of an identity by handle", "DELETE",
        "/profiles/me/identities/magento_id"));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMyIdentityByHandle")
  void deleteMyIdentityByHandle(MockServer server) {
    me(server).identities().delete("magento_id");
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyIdentityById(PactDslWithProvider builder) {
    return ok(requestFromState(withIdentity(builder), "a request for one identity by id", "GET",
        "/profiles/me/identities/id/${identityId}", "/profiles/me/identities/id/21"), data(Shapes.IDENTITY));
  }

  @Test
  @PactTestFor(pactMethod = "getMyIdentityById")
  void getMyIdentityById(MockServer server) {
    assertThat(me(server).identities().getById(21).getHandle()).isEqualTo("magento_id");
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMyIdentityById(PactDslWithProvider builder) {
    return ok(json(requestFromState(withIdentity(builder), "an update of an identity by id", "PUT",
            "/profiles/me/identities/id/${identityId}", "/profiles/me/identities/id/21"),
            body -> body.booleanValue("is_active", false)),
        data(o -> {
          Shapes.IDENTITY.accept(o);
          o.booleanValue("is_active", false);
        }));
  }

  @Test
  @PactTestFor(pactMethod = "updateMyIdentityById")
  void updateMyIdentityById(MockServer server) {
    assertThat(me(server).identities().updateById(21, new IdentityUpdateInput().isActive(false)).getIsActive())
        .isFalse();
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteMyIdentityById(PactDslWithProvider builder) {
    return noContent(requestFromState(withIdentity(builder), "a delete of an identity by id", "DELETE",
        "/profiles/me/identities/id/${identityId}", "/profiles/me/identities/id/21"));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMyIdentityById")
  void deleteMyIdentityById(MockServer server) {
    me(server).identities().deleteById(21);
  }

  // ------------------------------------------------------------------------------------------------ regions

  @Pact(consumer = CONSUMER)
  V4Pact listMyRegions(PactDslWithProvider builder) {
    return ok(request(withRegion(builder), "a request for the profile's regions", "GET", "/profiles/me/regions"),
        dataList(Shapes.REGION));
  }

  @Test
  @PactTestFor(pactMethod = "listMyRegions")
  void listMyRegions(MockServer server) {
    assertThat(me(server).regions().list()).isNotEmpty();
  }

  /**
   * Writes answer with all of the profile's regions (omneo-sdk
   * src/tests/integration/id/profile/regions/id-create-profile-region.test.ts finds the new one among them).
   */
  @Pact(consumer = CONSUMER)
  V4Pact addMyRegion(PactDslWithProvider builder) {
    return ok(json(request(profile(builder), "an addition of a region to the profile", "POST",
            "/profiles/me/regions"), body -> body.numberValue("region_id", 2).stringValue("country", "NZ")
            .stringValue("state", "AUK")),
        dataList(Shapes.REGION));
  }

  @Test
  @PactTestFor(pactMethod = "addMyRegion")
  void addMyRegion(MockServer server) {
    assertThat(me(server).regions().create(new ProfileRegionInput().regionId(2L).country("NZ").state("AUK")))
        .isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMyRegion(PactDslWithProvider builder) {
    return ok(json(request(withRegion(builder), "an update of the profile's region", "PUT", "/profiles/me/regions/1"),
            body -> body.stringValue("state", "VIC")),
        dataList(Shapes.REGION));
  }

  @Test
  @PactTestFor(pactMethod = "updateMyRegion")
  void updateMyRegion(MockServer server) {
    assertThat(me(server).regions().update(1, new ProfileRegionUpdateInput().state("VIC"))).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteMyRegion(PactDslWithProvider builder) {
    return noContent(request(withRegion(builder), "a removal of a region from the profile", "DELETE",
        "/profiles/me/regions/1"));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMyRegion")
  void deleteMyRegion(MockServer server) {
    me(server).regions().delete(1);
  }
}
