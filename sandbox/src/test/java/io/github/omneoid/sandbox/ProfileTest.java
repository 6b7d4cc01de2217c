package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.list;
import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** /profiles/me and its root actions. */
@OmneoIdSandboxTest
class ProfileTest {
  final OmneoIdSandbox sandbox;

  ProfileTest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  Http me(Map<String, Object> profile) {
    return Http.of(sandbox).as(sandbox.mintToken((String) profile.get("id")));
  }

  @Test
  void getReturnsTheBoundProfile() {
    Map<String, Object> p = sandbox.seedProfile(ProfileSeed.withEmail(TestData.email()).firstName("Ann"));
    Http.Resp r = me(p).get("/profiles/me");
    assertThat(r.status).isEqualTo(200);
    assertThat(r.get("data.id")).isEqualTo(p.get("id"));
    assertThat(r.get("data.first_name")).isEqualTo("Ann");
    assertThat(r.map("data")).containsKeys("attributes", "addresses", "identities", "reward_balance", "regions",
        "profile_type", "created_at", "updated_at");
    assertThat(me(p).get("/profiles/me/").status).as("trailing slash").isEqualTo(200);
  }

  @Test
  void putUpdatesFieldsSeenByLaterReads() {
    Map<String, Object> p = sandbox.seedProfile();
    Http client = me(p);
    Http.Resp r = client.put("/profiles/me", map("first_name", "Zoe", "birth_day", 2, "birth_month", 9,
        "birth_year", 1991, "tags", list("a"), "attributes", map("comms", map("push_promo", true))));
    assertThat(r.status).isEqualTo(200);
    assertThat(r.get("data.first_name")).isEqualTo("Zoe");
    Http.Resp again = client.get("/profiles/me");
    assertThat(again.get("data.first_name")).isEqualTo("Zoe");
    assertThat(again.get("data.birth_date")).isEqualTo("1991-09-02");
    assertThat(again.list("data.tags")).containsExactly("a");
    assertThat(again.get("data.attributes.comms.push_promo")).isEqualTo(true);
    assertThat(again.get("data.email")).isEqualTo(p.get("email"));
  }

  @Test
  void putWithAnotherProfilesMobileIs422PhoneNumberExists() {
    String mobile = TestData.mobile();
    sandbox.seedProfile(map("email", TestData.email(), "mobile_phone", mobile));
    Map<String, Object> p = sandbox.seedProfile();
    Http.Resp r = me(p).put("/profiles/me", map("mobile_phone", mobile, "first_name", "Nope"));
    assertThat(r.status).isEqualTo(422);
    assertThat(r.json()).isEqualTo(map("message", "The given data was invalid.",
        "errors", map("mobile_phone", list("The phone number exists"))));
    assertThat(sandbox.profile((String) p.get("id")).get().get("first_name")).isNotEqualTo("Nope");
    // The retry-to-secondary path the client exercises:
    Http.Resp retry = me(p).put("/profiles/me", map("secondary_phone", mobile));
    assertThat(retry.status).isEqualTo(200);
    assertThat(retry.get("data.secondary_phone")).isEqualTo(mobile);
    // Its own number is fine.
    String own = TestData.mobile();
    assertThat(me(p).put("/profiles/me", map("mobile_phone", own)).status).isEqualTo(200);
    assertThat(me(p).put("/profiles/me", map("mobile_phone", own)).get("data.mobile_phone")).isEqualTo(own);
  }

  @Test
  void putValidatesTypesAndReportsEveryField() {
    Map<String, Object> p = sandbox.seedProfile();
    Http.Resp r = me(p).put("/profiles/me", map("first_name", 5, "birth_month", 13, "gender", "x",
        "email", "bad", "tags", "notalist", "preferred_location_id", 999));
    assertThat(r.status).isEqualTo(422);
    assertThat(r.map("errors")).containsOnlyKeys("first_name", "birth_month", "gender", "email", "tags",
        "preferred_location_id");
    assertThat(r.map("errors").values()).allSatisfy(v -> assertThat(v)
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isNotEmpty()
        .allSatisfy(s -> assertThat(s).isInstanceOf(String.class)));
  }

  @Test
  void putWithAnotherProfilesEmailIs422() {
    String email = TestData.email();
    sandbox.seedProfile(map("email", email));
    Map<String, Object> p = sandbox.seedProfile();
    Http.Resp r = me(p).put("/profiles/me", map("email", email));
    assertThat(r.status).isEqualTo(422);
    assertThat(r.list("errors.email")).containsExactly("The email has already been taken.");
  }

  @Test
  void updateTypeAndResync() {
    Map<String, Object> p = sandbox.seedProfile(map("email", TestData.email(), "profile_type", "pending"));
    Http.Resp r = me(p).put("/profiles/me/update-type", map("profile_type", "active"));
    assertThat(r.status).isEqualTo(200);
    assertThat(r.get("data.profile_type")).isEqualTo("active");
    assertThat(me(p).get("/profiles/me/resync").get("data.profile_type")).isEqualTo("active");
    Http.Resp bad = me(p).put("/profiles/me/update-type", map("profile_type", "customer"));
    assertThat(bad.status).isEqualTo(422);
    assertThat(bad.list("errors.profile_type")).containsExactly("The selected profile type is invalid.");
    assertThat(me(p).put("/profiles/me/update-type", map()).list("errors.profile_type"))
        .containsExactly("The profile type field is required.");
  }

  @Test
  void softDeleteHidesTheProfile() {
    Map<String, Object> p = sandbox.seedProfile();
    Http client = me(p);
    Http.Resp d = client.delete("/profiles/me");
    assertThat(d.status).isEqualTo(204);
    assertThat(d.text).isEmpty();
    assertThat(client.get("/profiles/me").status).isEqualTo(404);
    assertThat(sandbox.profile((String) p.get("id"))).isEmpty();
    Http.Resp mint = Http.of(sandbox).as(sandbox.adminToken()).post("/auth/token", map("id", p.get("id")));
    assertThat(mint.status).isEqualTo(404);
  }

  @Test
  void purgeRemovesTheProfileAndFreesItsIdentities() {
    Map<String, Object> p = sandbox.seedProfile(ProfileSeed.random().identity("purge_id", "P-1"));
    assertThat(me(p).delete("/profiles/me/purge").status).isEqualTo(204);
    assertThat(Http.of(sandbox).as(sandbox.adminToken()).post("/auth/token",
        map("id", "P-1", "id_handle", "purge_id")).status).isEqualTo(404);
    Map<String, Object> q = sandbox.seedProfile(ProfileSeed.random().identity("purge_id", "P-1"));
    assertThat(Http.mint(sandbox, map("id", "P-1", "id_handle", "purge_id"))).isNotBlank();
    assertThat(q.get("id")).isNotEqualTo(p.get("id"));
  }
}
