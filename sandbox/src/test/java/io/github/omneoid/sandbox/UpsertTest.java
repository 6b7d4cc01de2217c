package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.list;
import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /profiles exactly as docs.omneo.io/docs/omneo-id ("What is Omneo ID?") describes it. */
@OmneoIdSandboxTest
class UpsertTest {
  final OmneoIdSandbox sandbox;
  final Http anon;

  UpsertTest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
    this.anon = Http.of(sandbox).as(sandbox.mintAnonymousToken());
  }

  @Test
  void createsWithTheSeedDefaults() {
    String email = TestData.email();
    Http.Resp r = anon.post("/profiles", map("email", email));
    assertThat(r.status).isEqualTo(200);
    assertThat(r.str("data.id")).matches("[0-9a-f-]{36}");
    assertThat(r.get("data.email")).isEqualTo(email);
    assertThat(r.get("data.first_name")).isEqualTo("unknown");
    assertThat(r.get("data.last_name")).isEqualTo("unknown");
    assertThat(r.get("data.attributes.comms.email_promo")).isEqualTo(true);
    assertThat(r.get("data.attributes.comms.email_optout")).isEqualTo(false);
    assertThat(r.str("data.created_at")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(sandbox.profile(r.str("data.id"))).isPresent();
  }

  @Test
  void createsFromTheWholeSeedExamplePayload() {
    String email = TestData.email();
    Map<String, Object> payload = map("email", email, "first_name", "test", "last_name", "user", "gender", "male",
        "region_id", 1, "tags", list("tag1", "tag2", "tag3"),
        "addresses", list(map("address_line_1", "asd333", "address_line_2", null, "address_line_3", null,
            "company", "Test Company", "latitude", null, "longitude", null, "city", "Melbourne", "postcode", "3002",
            "state", "Victoria", "country", "Australia", "notes", null)),
        "attributes", map("comms", map("email_promo", true, "email_optout", true)));
    Http.Resp r = anon.post("/profiles", payload);
    assertThat(r.status).isEqualTo(200);
    assertThat(r.get("data.first_name")).isEqualTo("test");
    assertThat(r.get("data.gender")).isEqualTo("male");
    assertThat(r.list("data.tags")).containsExactly("tag1", "tag2", "tag3");
    assertThat(r.get("data.addresses.0.city")).isEqualTo("Melbourne");
    assertThat(r.get("data.addresses.0.postcode")).isEqualTo("3002");
    assertThat(r.get("data.region.id")).isEqualTo(1L);
    assertThat(r.get("data.attributes.comms.email_optout")).isEqualTo(true);
  }

  @Test
  void aMatchByEmailAppliesOnlyComms() {
    String email = TestData.email();
    Map<String, Object> existing = sandbox.seedProfile(map("email", email, "first_name", "Jane", "last_name", "Doe"));
    Http.Resp r = anon.post("/profiles", map("email", email.toUpperCase(), "first_name", "Mallory",
        "last_name", "Evil", "gender", "other", "attributes", map("comms", map("email_promo", false,
            "sms_promo", true))));
    assertThat(r.status).isEqualTo(200);
    assertThat(r.get("data.id")).isEqualTo(existing.get("id"));
    Map<String, Object> after = sandbox.profile((String) existing.get("id")).get();
    assertThat(after.get("first_name")).isEqualTo("Jane");
    assertThat(after.get("last_name")).isEqualTo("Doe");
    assertThat(after.get("gender")).isNull();
    @SuppressWarnings("unchecked")
    Map<String, Object> comms = (Map<String, Object>) ((Map<String, Object>) after.get("attributes")).get("comms");
    assertThat(comms.get("email_promo")).isEqualTo(false);
    assertThat(comms.get("sms_promo")).isEqualTo(true);
    assertThat(sandbox.profiles().stream().filter(p -> email.equalsIgnoreCase((String) p.get("email")))).hasSize(1);
  }

  @Test
  void aMatchByMobileAppliesOnlyComms() {
    String mobile = TestData.mobile();
    Map<String, Object> existing = sandbox.seedProfile(map("email", TestData.email(), "first_name", "Mo",
        "mobile_phone", mobile));
    Http.Resp r = anon.post("/profiles", map("email", TestData.email(), "mobile_phone", mobile, "first_name", "X",
        "attributes", map("comms", map("sms_optout", true))));
    assertThat(r.status).isEqualTo(200);
    assertThat(r.get("data.id")).isEqualTo(existing.get("id"));
    assertThat(r.get("data.first_name")).isEqualTo("Mo");
    assertThat(r.get("data.email")).isEqualTo(existing.get("email"));
    assertThat(r.get("data.attributes.comms.sms_optout")).isEqualTo(true);
  }

  @Test
  void aMatchWithoutCommsChangesNothing() {
    String email = TestData.email();
    Map<String, Object> existing = sandbox.seedProfile(map("email", email, "first_name", "Keep"));
    Http.Resp r = anon.post("/profiles", map("email", email, "first_name", "Changed"));
    assertThat(r.status).isEqualTo(200);
    assertThat(sandbox.profile((String) existing.get("id")).get().get("first_name")).isEqualTo("Keep");
  }

  @Test
  void emailIsRequiredAndMustBeValid() {
    for (Object[] c : new Object[][] {
        {map("first_name", "x"), "The email field is required."},
        {map("email", ""), "The email field is required."},
        {map("email", "not-an-email"), "The email field must be a valid email address."},
        {map("email", 42), "The email field must be a string."},
        {map("mobile_phone", TestData.mobile()), "The email field is required."}}) {
      Http.Resp r = anon.post("/profiles", c[0]);
      assertThat(r.status).as("%s", c[0]).isEqualTo(422);
      assertThat(r.str("message")).isEqualTo("The given data was invalid.");
      assertThat(r.list("errors.email")).containsExactly(c[1]);
    }
  }

  @Test
  void createValidatesNestedAddressesAndTypes() {
    Http.Resp r = anon.post("/profiles", map("email", TestData.email(), "gender", "robot",
        "addresses", list(map("address_line_1", "1 St"))));
    assertThat(r.status).isEqualTo(422);
    assertThat(r.map("errors")).containsKeys("gender", "addresses.0.city", "addresses.0.postcode",
        "addresses.0.country", "addresses.0.state");
    assertThat(r.list("errors.addresses.0.city")).isNull(); // keys are flat, Laravel style
    assertThat(r.map("errors").get("addresses.0.city")).isEqualTo(list("The city field is required."));
  }
}
