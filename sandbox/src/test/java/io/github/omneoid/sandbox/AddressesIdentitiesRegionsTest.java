package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Addresses, identities and regions of the bound profile. */
@OmneoIdSandboxTest
class AddressesIdentitiesRegionsTest {
  final OmneoIdSandbox sandbox;

  AddressesIdentitiesRegionsTest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  Http fresh() {
    return Http.of(sandbox).as(sandbox.mintToken((String) sandbox.seedProfile().get("id")));
  }

  static Map<String, Object> address(String line1) {
    return map("address_line_1", line1, "city", "Melbourne", "postcode", "3000", "country", "Australia",
        "state", "VIC");
  }

  @Test
  void addressCrud() {
    Http me = fresh();
    Http.Resp created = me.post("/profiles/me/addresses", address("1 Collins St"));
    assertThat(created.status).isEqualTo(200);
    Object id = created.get("data.id");
    assertThat(id).isInstanceOf(Long.class);
    assertThat(me.get("/profiles/me/addresses/" + id).get("data.address_line_1")).isEqualTo("1 Collins St");
    Http.Resp updated = me.put("/profiles/me/addresses/" + id, map("address_line_2", "Level 3", "is_default", true));
    assertThat(updated.get("data.address_line_2")).isEqualTo("Level 3");
    assertThat(updated.get("data.city")).isEqualTo("Melbourne");
    me.post("/profiles/me/addresses", address("2 Other St"));
    assertThat(me.get("/profiles/me/addresses").list("data")).hasSize(2);
    assertThat(me.get("/profiles/me").get("data.address.id")).isEqualTo(id);
    assertThat(me.delete("/profiles/me/addresses/" + id).status).isEqualTo(204);
    assertThat(me.get("/profiles/me/addresses/" + id).status).isEqualTo(404);
    assertThat(me.get("/profiles/me/addresses").list("data")).hasSize(1);
    assertThat(me.get("/profiles/me/addresses/abc").status).isEqualTo(404);
  }

  @Test
  void addressRequiresTheFieldsOfAddressInput() {
    Http.Resp r = fresh().post("/profiles/me/addresses", map("address_line_1", "x", "postcode", 3000,
        "latitude", "-37.8"));
    assertThat(r.status).isEqualTo(422);
    assertThat(r.map("errors")).containsOnlyKeys("city", "country", "state");
    assertThat(r.list("errors.city")).containsExactly("The city field is required.");
    Http me = fresh();
    Object id = me.post("/profiles/me/addresses", address("a")).get("data.id");
    Http.Resp bad = me.put("/profiles/me/addresses/" + id, map("city", 5));
    assertThat(bad.status).isEqualTo(422);
    assertThat(bad.list("errors.city")).containsExactly("The city field must be a string.");
  }

  @Test
  void identitiesByHandleAndById() {
    Http me = fresh();
    Http.Resp created = me.post("/profiles/me/identities", map("handle", "shopify", "identifier", 7001,
        "is_primary", true));
    assertThat(created.status).isEqualTo(200);
    assertThat(created.get("data.identifier")).isEqualTo("7001");
    Object id = created.get("data.id");
    assertThat(me.get("/profiles/me/identities/shopify").get("data.id")).isEqualTo(id);
    assertThat(me.get("/profiles/me/identities/id/" + id).get("data.handle")).isEqualTo("shopify");
    assertThat(me.put("/profiles/me/identities/shopify", map("identifier", "7002")).get("data.identifier"))
        .isEqualTo("7002");
    assertThat(me.put("/profiles/me/identities/id/" + id, map("is_active", false)).get("data.is_active"))
        .isEqualTo(false);
    // The new identity can be used to mint a token.
    assertThat(Http.mint(sandbox, map("id", "7002", "id_handle", "shopify"))).isNotBlank();
    me.post("/profiles/me/identities", map("handle", "pos", "identifier", "P1"));
    assertThat(me.get("/profiles/me/identities").list("data")).hasSize(2);
    assertThat(me.delete("/profiles/me/identities/id/" + id).status).isEqualTo(204);
    assertThat(me.get("/profiles/me/identities/id/" + id).status).isEqualTo(404);
    assertThat(me.delete("/profiles/me/identities/pos").status).isEqualTo(204);
    assertThat(me.get("/profiles/me/identities").list("data")).isEmpty();
  }

  @Test
  void identityValidationAndUniqueness() {
    Http me = fresh();
    Http.Resp missing = me.post("/profiles/me/identities", map());
    assertThat(missing.status).isEqualTo(422);
    assertThat(missing.map("errors")).containsOnlyKeys("handle", "identifier");
    me.post("/profiles/me/identities", map("handle", "crm", "identifier", "C-1"));
    assertThat(me.post("/profiles/me/identities", map("handle", "crm", "identifier", "C-2")).list("errors.handle"))
        .containsExactly("The handle has already been taken.");
    Http other = fresh();
    assertThat(other.post("/profiles/me/identities", map("handle", "crm", "identifier", "C-1"))
        .list("errors.identifier")).containsExactly("The identifier has already been taken.");
  }

  @Test
  void regionsPostReturnsAllAndDeleteIs204() {
    Http me = fresh();
    Http.Resp first = me.post("/profiles/me/regions", map("region_id", 1, "country", "AU", "state", "VIC"));
    assertThat(first.status).isEqualTo(200);
    assertThat(first.list("data")).hasSize(1);
    assertThat(first.get("data.0.id")).isEqualTo(1L);
    assertThat(first.get("data.0.state")).isEqualTo("VIC");
    Http.Resp second = me.post("/profiles/me/regions", map("region_id", 2, "country", "NZ", "state", "AKL",
        "is_active", false));
    assertThat(second.list("data")).hasSize(2);
    assertThat(second.get("data.1.is_active")).isEqualTo(false);
    Http.Resp upd = me.put("/profiles/me/regions/1", map("state", "NSW"));
    assertThat(upd.list("data")).hasSize(2);
    assertThat(upd.get("data.0.state")).isEqualTo("NSW");
    Http.Resp del = me.delete("/profiles/me/regions/1");
    assertThat(del.status).isEqualTo(204);
    assertThat(del.text).isEmpty();
    assertThat(me.get("/profiles/me/regions").list("data")).hasSize(1);
    assertThat(me.delete("/profiles/me/regions/1").status).isEqualTo(404);
    assertThat(me.put("/profiles/me/regions/1", map("state", "x")).status).isEqualTo(404);
    assertThat(me.post("/profiles/me/regions", map("region_id", 99)).list("errors.region_id"))
        .containsExactly("The selected region id is invalid.");
    assertThat(me.post("/profiles/me/regions", map("country", "AU")).list("errors.region_id"))
        .containsExactly("The region id field is required.");
  }
}
