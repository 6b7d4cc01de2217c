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
import static io.github.omneoid.contract.ProviderState.HAS_CUSTOM_ATTRIBUTE;
import static io.github.omneoid.contract.ProviderState.HAS_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.AttributesResource;
import io.github.omneoid.model.CustomAttributeInput;
import io.github.omneoid.model.CustomAttributeType;
import io.github.omneoid.model.DatesAttributeInput;
import io.github.omneoid.model.ProfileAppearanceInput;
import io.github.omneoid.model.ProfileCommsInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /profiles/me/attributes/...}: comms flags, appearance, custom attributes ({@code namespace:handle}), dates. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class AttributesPactTest {

  private static final String KEY = "/profiles/me/attributes/custom/loyalty:favourite_store";

  private static AttributesResource attributes(MockServer server) {
    return client(server).profile().attributes();
  }

  private static PactDslWithState withCustomAttribute(PactDslWithProvider builder) {
    return profileWith(builder, HAS_CUSTOM_ATTRIBUTE, "namespace", "loyalty", "handle", "favourite_store",
        "value", "Melbourne Central");
  }

  private static PactDslWithState withDate(PactDslWithProvider builder) {
    return profileWith(builder, HAS_DATE, "handle", "anniversary", "date", "2019-05-17");
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyCommsAttributes(PactDslWithProvider builder) {
    return ok(request(profile(builder), "a request for the profile's comms preferences", "GET",
        "/profiles/me/attributes/comms"), data(Shapes.COMMS));
  }

  @Test
  @PactTestFor(pactMethod = "getMyCommsAttributes")
  void getMyCommsAttributes(MockServer server) {
    assertThat(attributes(server).comms().get().getEmailPromo()).isTrue();
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMyCommsAttributes(PactDslWithProvider builder) {
    return ok(json(request(profile(builder), "an update of the profile's email promo flag", "PUT",
            "/profiles/me/attributes/comms"), body -> body.booleanValue("email_promo", false)),
        data(o -> {
          Shapes.COMMS.accept(o);
          o.booleanValue("email_promo", false);
        }));
  }

  @Test
  @PactTestFor(pactMethod = "updateMyCommsAttributes")
  void updateMyCommsAttributes(MockServer server) {
    assertThat(attributes(server).comms().update(new ProfileCommsInput().emailPromo(false)).getEmailPromo())
        .isFalse();
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyAppearanceAttributes(PactDslWithProvider builder) {
    return ok(request(profile(builder), "a request for the profile's appearance", "GET",
        "/profiles/me/attributes/appearance"), data(Shapes.APPEARANCE));
  }

  @Test
  @PactTestFor(pactMethod = "getMyAppearanceAttributes")
  void getMyAppearanceAttributes(MockServer server) {
    assertThat(attributes(server).appearance().get().getProfileId()).isEqualTo(Contract.PROFILE_ID);
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMyAppearanceAttributes(PactDslWithProvider builder) {
    return ok(json(request(profile(builder), "an update of the profile's shoe size", "PUT",
            "/profiles/me/attributes/appearance"), body -> body.stringValue("size_shoe", "9")),
        data(o -> {
          Shapes.APPEARANCE.accept(o);
          o.stringValue("size_shoe", "9");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "updateMyAppearanceAttributes")
  void updateMyAppearanceAttributes(MockServer server) {
    assertThat(attributes(server).appearance().update(new ProfileAppearanceInput().sizeShoe("9")).getSizeShoe())
        .isEqualTo("9");
  }

  @Pact(consumer = CONSUMER)
  V4Pact listMyCustomAttributes(PactDslWithProvider builder) {
    return ok(request(withCustomAttribute(builder), "a request for the profile's custom attributes", "GET",
        "/profiles/me/attributes/custom"), dataList(Shapes.CUSTOM_ATTRIBUTE));
  }

  @Test
  @PactTestFor(pactMethod = "listMyCustomAttributes")
  void listMyCustomAttributes(MockServer server) {
    assertThat(attributes(server).custom().list(Query.of())).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyCustomAttribute(PactDslWithProvider builder) {
    return ok(request(withCustomAttribute(builder), "a request for one custom attribute by namespace:handle", "GET",
        KEY), data(Shapes.CUSTOM_ATTRIBUTE));
  }

  @Test
  @PactTestFor(pactMethod = "getMyCustomAttribute")
  void getMyCustomAttribute(MockServer server) {
    assertThat(attributes(server).custom().get("loyalty", "favourite_store").getHandle())
        .isEqualTo("favourite_store");
  }

  @Pact(consumer = CONSUMER)
  V4Pact upsertMyCustomAttribute(PactDslWithProvider builder) {
    return ok(json(request(profile(builder), "a write of one custom attribute", "PUT", KEY),
            body -> body.stringValue("type", "string").stringValue("value", "Sydney Pitt St")),
        data(o -> {
          Shapes.CUSTOM_ATTRIBUTE.accept(o);
          o.stringValue("value", "Sydney Pitt St");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "upsertMyCustomAttribute")
  void upsertMyCustomAttribute(MockServer server) {
    assertThat(attributes(server).custom().update("loyalty", "favourite_store",
        new CustomAttributeInput().type(CustomAttributeType.STRING).value("Sydney Pitt St")).getValue())
        .isEqualTo("Sydney Pitt St");
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteMyCustomAttribute(PactDslWithProvider builder) {
    return noContent(request(withCustomAttribute(builder), "a delete of one custom attribute", "DELETE", KEY));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMyCustomAttribute")
  void deleteMyCustomAttribute(MockServer server) {
    attributes(server).custom().delete("loyalty", "favourite_store");
  }

  @Pact(consumer = CONSUMER)
  V4Pact listMyDatesAttributes(PactDslWithProvider builder) {
    return ok(request(withDate(builder), "a request for the profile's dates", "GET", "/profiles/me/attributes/dates"),
        dataList(Shapes.DATE_ATTRIBUTE));
  }

  @Test
  @PactTestFor(pactMethod = "listMyDatesAttributes")
  void listMyDatesAttributes(MockServer server) {
    assertThat(attributes(server).dates().list(Query.of())).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact upsertMyDatesAttribute(PactDslWithProvider builder) {
    return ok(json(request(profile(builder), "a write of an anniversary date", "PUT", "/profiles/me/attributes/dates"),
            body -> body.stringValue("date", "2019-05-17").stringValue("name", "Anniversary")
                .stringValue("handle", "anniversary").stringValue("relationship", "Me")),
        data(o -> {
          Shapes.DATE_ATTRIBUTE.accept(o);
          o.stringValue("date", "2019-05-17");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "upsertMyDatesAttribute")
  void upsertMyDatesAttribute(MockServer server) {
    assertThat(attributes(server).dates().update(new DatesAttributeInput().date("2019-05-17").name("Anniversary")
        .handle("anniversary").relationship("Me")).getDate()).isEqualTo("2019-05-17");
  }

  /**
   * The answer is 200 with the dates left, possibly none (the SDK's integration tests look the deleted date up in
   * it: omneo-sdk src/tests/integration/id/profile/attributes/dates/id-update-profile-date.test.ts).
   */
  @Pact(consumer = CONSUMER)
  V4Pact deleteMyDatesAttribute(PactDslWithProvider builder) {
    return ok(requestFromState(withDate(builder), "a delete of one date", "DELETE",
            "/profiles/me/attributes/dates/${dateId}", "/profiles/me/attributes/dates/41"),
        LambdaDsl.newJsonBody(o -> o.minArrayLike("data", 0, 1, Shapes.DATE_ATTRIBUTE)).build());
  }

  @Test
  @PactTestFor(pactMethod = "deleteMyDatesAttribute")
  void deleteMyDatesAttribute(MockServer server) {
    assertThat(attributes(server).dates().delete(41)).isNotNull();
  }
}
