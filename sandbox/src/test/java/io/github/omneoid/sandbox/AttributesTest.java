package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.list;
import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Comms, appearance, custom and date attributes. */
@OmneoIdSandboxTest
class AttributesTest {
  final OmneoIdSandbox sandbox;

  AttributesTest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  Http fresh() {
    return Http.of(sandbox).as(sandbox.mintToken((String) sandbox.seedProfile().get("id")));
  }

  @Test
  void commsAttributesMergeAndAreSeenByLaterReads() {
    Http me = fresh();
    Http.Resp before = me.get("/profiles/me/attributes/comms");
    assertThat(before.status).isEqualTo(200);
    assertThat(before.get("data.email_promo")).isEqualTo(true);
    assertThat(before.map("data")).containsKeys("profile_id", "sms_promo", "push_discover", "post_verification",
        "terms_accepted_at", "created_at", "updated_at").doesNotContainKey("push_verification");
    Http.Resp put = me.put("/profiles/me/attributes/comms", map("push_discover", false, "sms_promo", 1));
    assertThat(put.status).isEqualTo(200);
    assertThat(put.get("data.push_discover")).isEqualTo(false);
    assertThat(put.get("data.sms_promo")).isEqualTo(true);
    assertThat(put.get("data.email_promo")).as("untouched keys survive a merge").isEqualTo(true);
    assertThat(me.get("/profiles/me").get("data.attributes.comms.push_discover")).isEqualTo(false);
    Http.Resp bad = me.put("/profiles/me/attributes/comms", map("email_promo", "yes", "sms_verification", "maybe"));
    assertThat(bad.status).isEqualTo(422);
    assertThat(bad.list("errors.email_promo")).containsExactly("The email promo field must be true or false.");
    assertThat(bad.list("errors.sms_verification")).containsExactly("The selected sms verification is invalid.");
  }

  @Test
  void subscribeAndUnsubscribeThroughProfilesMeCommsReturnAnArray() {
    Http me = fresh();
    Http.Resp sub = me.put("/profiles/me/comms", map("sms_optout", false, "sms_promo", true));
    assertThat(sub.status).isEqualTo(200);
    assertThat(sub.list("data")).hasSize(1);
    assertThat(sub.get("data.0.sms_promo")).isEqualTo(true);
    Http.Resp unsub = me.put("/profiles/me/comms", map("sms_promo", false, "sms_optout", true));
    assertThat(unsub.get("data.0.sms_promo")).isEqualTo(false);
    assertThat(me.get("/profiles/me/attributes/comms").get("data.sms_optout")).isEqualTo(true);
  }

  @Test
  void appearanceRoundTrip() {
    Http me = fresh();
    assertThat(me.get("/profiles/me/attributes/appearance").get("data.hair_colour")).isNull();
    Http.Resp put = me.put("/profiles/me/attributes/appearance", map("hair_colour", "Brown", "size_shoe", 9));
    assertThat(put.status).isEqualTo(200);
    assertThat(put.get("data.size_shoe")).isEqualTo("9");
    assertThat(me.get("/profiles/me/attributes/appearance").get("data.hair_colour")).isEqualTo("Brown");
    assertThat(me.put("/profiles/me/attributes/appearance", map("eye_colour", map())).status).isEqualTo(422);
  }

  @Test
  void customAttributesAreAddressedByOneNamespaceColonHandleSegment() {
    Http me = fresh();
    assertThat(me.get("/profiles/me/attributes/custom").list("data")).isEmpty();
    assertThat(me.get("/profiles/me/attributes/custom/loyalty:colour").status).isEqualTo(404);
    Http.Resp put = me.put("/profiles/me/attributes/custom/loyalty:colour", map("type", "string", "value", "teal"));
    assertThat(put.status).isEqualTo(200);
    assertThat(put.map("data")).containsEntry("namespace", "loyalty").containsEntry("handle", "colour")
        .containsEntry("value", "teal").containsEntry("type", "string");
    // %3A-encoded colon reaches the same attribute
    assertThat(me.get("/profiles/me/attributes/custom/loyalty%3Acolour").get("data.value")).isEqualTo("teal");
    Http.Resp upd = me.put("/profiles/me/attributes/custom/loyalty:colour", map("value", "red"));
    assertThat(upd.get("data.value")).isEqualTo("red");
    assertThat(upd.get("data.id")).isEqualTo(put.get("data.id"));
    me.put("/profiles/me/attributes/custom/shop:visits", map("type", "integer", "value", "12"));
    assertThat(me.get("/profiles/me/attributes/custom/shop:visits").get("data.value")).isEqualTo(12L);
    assertThat(me.get("/profiles/me/attributes/custom").list("data")).hasSize(2);
    assertThat(me.get("/profiles/me/attributes/custom?filter[namespace]=shop").list("data")).hasSize(1);
    Http.Resp del = me.delete("/profiles/me/attributes/custom/loyalty:colour");
    assertThat(del.status).isEqualTo(204);
    assertThat(me.get("/profiles/me/attributes/custom/loyalty:colour").status).isEqualTo(404);
    assertThat(me.delete("/profiles/me/attributes/custom/loyalty:colour").status).isEqualTo(404);
  }

  @Test
  void customAttributeValidation() {
    Http me = fresh();
    Http.Resp missing = me.put("/profiles/me/attributes/custom/a:b", map());
    assertThat(missing.status).isEqualTo(422);
    assertThat(missing.map("errors")).containsOnlyKeys("type", "value");
    assertThat(me.put("/profiles/me/attributes/custom/a:b", map("type", "colour", "value", 1)).list("errors.type"))
        .containsExactly("The selected type is invalid.");
    assertThat(me.put("/profiles/me/attributes/custom/nocolon", map("type", "string", "value", 1)).status)
        .isEqualTo(422);
    assertThat(me.get("/profiles/me/attributes/custom/nocolon").status).isEqualTo(404);
  }

  @Test
  void datesUpsertOnHandleAndRelationshipAndDeleteReturnsTheRest() {
    Http me = fresh();
    Http.Resp a = me.put("/profiles/me/attributes/dates", map("date", "2015-06-20", "handle", "anniversary",
        "name", "Anniversary", "relationship", "Me"));
    assertThat(a.status).isEqualTo(200);
    assertThat(a.get("data.date")).isEqualTo("2015-06-20");
    Http.Resp b = me.put("/profiles/me/attributes/dates", map("date", "2018-01-01", "handle", "birthday",
        "relationship", "Child"));
    Http.Resp a2 = me.put("/profiles/me/attributes/dates", map("date", "2016-06-20", "handle", "anniversary",
        "relationship", "Me"));
    assertThat(a2.get("data.id")).isEqualTo(a.get("data.id"));
    assertThat(me.get("/profiles/me/attributes/dates").list("data")).hasSize(2);
    Http.Resp del = me.delete("/profiles/me/attributes/dates/" + a.get("data.id"));
    assertThat(del.status).isEqualTo(200);
    assertThat(del.list("data")).hasSize(1);
    assertThat(del.get("data.0.id")).isEqualTo(b.get("data.id"));
    assertThat(me.delete("/profiles/me/attributes/dates/" + a.get("data.id")).status).isEqualTo(404);
    Http.Resp bad = me.put("/profiles/me/attributes/dates", map("date", "20/06/2015"));
    assertThat(bad.status).isEqualTo(422);
    assertThat(bad.list("errors.date")).containsExactly("The date field must match the format Y-m-d.");
    assertThat(me.put("/profiles/me/attributes/dates", map("handle", "x")).list("errors.date"))
        .containsExactly("The date field is required.");
    assertThat(me.get("/profiles/me").list("data.attributes.dates")).hasSize(1);
  }
}
