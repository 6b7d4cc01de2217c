package io.github.omneoid.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.AuthTokenRequest;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.client.errors.ValidationException;
import io.github.omneoid.model.Address;
import io.github.omneoid.model.AddressInput;
import io.github.omneoid.model.AddressUpdateInput;
import io.github.omneoid.model.Identity;
import io.github.omneoid.model.IdentityInput;
import io.github.omneoid.model.IdentityUpdateInput;
import io.github.omneoid.model.ProfileRegionInput;
import io.github.omneoid.model.ProfileRegionUpdateInput;
import io.github.omneoid.model.Region;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.OmneoIdSandboxTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Addresses, identities (by handle and by id) and regions. */
@OmneoIdSandboxTest
class AddressesIdentitiesRegionsE2ETest {

  private final OmneoIdSandbox sandbox;

  AddressesIdentitiesRegionsE2ETest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  @Test
  void addressesCreateReadUpdateDelete() {
    OmneoId client = E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("Addy", "Ress")));

    Address created = client.profile().addresses().create(new AddressInput().addressLine1("1 Collins St")
        .city("Melbourne").state("VIC").postcode("3000").country("Australia").isDefault(true));
    assertThat(created.getId()).isPositive();
    assertThat(client.profile().addresses().list()).extracting(Address::getCity).containsExactly("Melbourne");
    assertThat(client.profile().addresses().get(created.getId()).getAddressLine1()).isEqualTo("1 Collins St");

    Address moved = client.profile().addresses().update(created.getId(),
        new AddressUpdateInput().city("Carlton").postcode("3053"));
    assertThat(moved.getCity()).isEqualTo("Carlton");
    assertThat(moved.getAddressLine1()).isEqualTo("1 Collins St");
    assertThat(client.profile().get().getAddress().getCity()).isEqualTo("Carlton");

    client.profile().addresses().delete(created.getId());

    assertThat(client.profile().addresses().list()).isEmpty();
    assertThatThrownBy(() -> client.profile().addresses().get(created.getId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAddressWithoutItsCityIs422NamingTheField() {
    OmneoId client = E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("No", "City")));

    assertThatThrownBy(() -> client.profile().addresses().create(new AddressInput().addressLine1("1 Collins St")
        .state("VIC").postcode("3000").country("Australia")))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.errors()).containsOnlyKeys("city");
          assertThat(e.errors().get("city")).singleElement().asString().contains("required");
        });
    assertThat(client.profile().addresses().list()).isEmpty();
  }

  @Test
  void identitiesByHandleAndById() {
    String id = E2e.seed(sandbox, E2e.person("Iden", "Tity"));
    OmneoId client = E2e.customer(sandbox, id);

    Identity shopify = client.profile().identities().create(new IdentityInput().handle("shopify")
        .identifier("7001"));
    Identity magento = client.profile().identities().create(new IdentityInput().handle("magento_id")
        .identifier("1004993XX"));
    assertThat(client.profile().identities().list()).extracting(Identity::getHandle)
        .containsExactlyInAnyOrder("shopify", "magento_id");
    assertThat(client.profile().identities().get("shopify").getIdentifier()).isEqualTo("7001");
    assertThat(client.profile().identities().getById(magento.getId()).getHandle()).isEqualTo("magento_id");
    assertThat(E2e.admin(sandbox).auth().requestAuthToken(AuthTokenRequest.forIdentity("7001", "shopify"))
        .profileId()).contains(id);

    assertThat(client.profile().identities().update("shopify", new IdentityUpdateInput().identifier("7002"))
        .getIdentifier()).isEqualTo("7002");
    assertThat(client.profile().identities().updateById(magento.getId(),
        new IdentityUpdateInput().isPrimary(true)).getIsPrimary()).isTrue();
    assertThat(E2e.admin(sandbox).auth().requestAuthToken(AuthTokenRequest.forIdentity("7002", "shopify"))
        .profileId()).contains(id);

    client.profile().identities().delete("shopify");
    client.profile().identities().deleteById(magento.getId());

    assertThat(client.profile().identities().list()).isEmpty();
    assertThatThrownBy(() -> client.profile().identities().getById(shopify.getId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void regionsAreAddedUpdatedAndRemoved() {
    OmneoId client = E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("Reg", "Ions")));
    assertThat(client.profile().regions().list()).isEmpty();

    List<Region> afterAdd = client.profile().regions().create(new ProfileRegionInput().regionId(1L).country("AU")
        .state("VIC"));
    assertThat(afterAdd).extracting(Region::getName).containsExactly("Australia");
    List<Region> two = client.profile().regions().create(new ProfileRegionInput().regionId(2L).country("NZ")
        .state("AUK"));
    assertThat(two).extracting(Region::getId).containsExactly(1L, 2L);

    List<Region> updated = client.profile().regions().update(1L, new ProfileRegionUpdateInput().state("NSW"));
    assertThat(updated).filteredOn(r -> r.getId() == 1L).singleElement()
        .satisfies(r -> assertThat(r.getState()).isEqualTo("NSW"));

    client.profile().regions().delete(2L);

    assertThat(client.profile().regions().list()).extracting(Region::getName).containsExactly("Australia");
  }
}
