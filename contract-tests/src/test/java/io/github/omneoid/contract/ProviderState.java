package io.github.omneoid.contract;

import static io.github.omneoid.contract.Arrangement.map;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import io.github.omneoid.sandbox.ProfileSeed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The provider states of the pact, each defined once: its name, the params the consumer passes, the ids it answers
 * and how the provider verification seeds the sandbox for it. The consumer tests write states with {@link #given},
 * which refuses params the state does not declare; {@link SandboxProviderIT} runs {@link #arrange}, which refuses to
 * read an undeclared param or answer undeclared ids. The answer holds the ids the seeding created, which the pact's
 * provider-state expressions ({@code ${addressId}}...) put into the request.
 */
enum ProviderState {

  // ---------------------------------------------------------------------------------------- who calls

  PROFILE_EXISTS(Name.PROFILE_EXISTS, takes("profileId"), answers("profileId"), (a, p) -> {
    a.actAs(p.string("profileId"),
        ProfileSeed.withEmail("jane.citizen@example.com").firstName("Jane").lastName("Citizen"));
    return map("profileId", a.profileId());
  }),
  ANONYMOUS(Name.ANONYMOUS, takes(), answers(), (a, p) -> {
    a.actAnonymously();
    return map();
  }),
  TOKEN_EXPIRED(Name.TOKEN_EXPIRED, takes(), answers(), (a, p) -> {
    a.expireTokens();
    return map();
  }),
  ADMIN_TOKEN_INVALID(Name.ADMIN_TOKEN_INVALID, takes(), answers(), (a, p) -> {
    a.rejectAdminToken();
    return map();
  }),
  MOBILE_TAKEN(Name.MOBILE_TAKEN, takes("mobilePhone"), answers(), (a, p) -> {
    a.sandbox().seedProfile(ProfileSeed.withEmail("someone.else@example.com").firstName("Someone").lastName("Else")
        .mobilePhone(p.string("mobilePhone")));
    return map();
  }),

  // ---------------------------------------------------------------------------------------- profile data

  HAS_ADDRESS(Name.HAS_ADDRESS, takes("city"), answers("addressId"), (a, p) ->
      map("addressId", a.record("addresses", "address_line_1", "211 La Trobe St", "city", p.get("city"),
          "state", "VIC", "postcode", "3000", "country", "Australia", "is_default", true))),
  HAS_IDENTITY(Name.HAS_IDENTITY, takes("handle", "identifier"), answers("identityId"), (a, p) ->
      map("identityId", a.record("identities", "handle", p.get("handle"), "identifier", p.get("identifier")))),
  HAS_REGION(Name.HAS_REGION, takes("regionId"), answers(), (a, p) -> {
    a.record("regions", "region_id", ((Number) p.get("regionId")).longValue());
    return map();
  }),
  HAS_LIST(Name.HAS_LIST, takes("list"), answers("listId"), (a, p) ->
      map("listId", a.record("lists", "name", "Wishlist", "handle", p.get("list")))),
  LIST_HAS_ITEM(Name.LIST_HAS_ITEM, takes("list", "sku"), answers("listId", "itemId"), (a, p) -> {
    Map<String, Object> list = a.recordWith("lists", map("name", "Wishlist", "handle", p.get("list"),
        "items", List.of(map("product_variant_sku", p.get("sku"), "quantity", 1))));
    Map<?, ?> item = (Map<?, ?>) ((List<?>) list.get("items")).get(0);
    return map("listId", list.get("id"), "itemId", item.get("id"));
  }),
  HAS_CUSTOM_ATTRIBUTE(Name.HAS_CUSTOM_ATTRIBUTE, takes("namespace", "handle", "value"), answers(), (a, p) -> {
    a.record("custom_attributes", "namespace", p.get("namespace"), "handle", p.get("handle"), "type", "string",
        "value", p.get("value"));
    return map();
  }),
  HAS_DATE(Name.HAS_DATE, takes("handle", "date"), answers("dateId"), (a, p) ->
      map("dateId", a.record("dates", "date", p.get("date"), "handle", p.get("handle"), "name", "Anniversary",
          "relationship", "Me"))),

  // ---------------------------------------------------------------------------------------- loyalty

  HAS_POINTS(Name.HAS_POINTS, takes("points"), answers("pointId"), (a, p) ->
      map("pointId", a.record("points", "value_initial", p.get("points")))),
  HAS_REWARD(Name.HAS_REWARD, takes("value"), answers("rewardId"), (a, p) ->
      map("rewardId", a.record("rewards", "value_initial", p.get("value"), "value_remaining", p.get("value")))),
  /** A benefit with the sandbox's default definition. */
  HAS_BENEFIT(Name.HAS_BENEFIT, takes(), answers("benefitId"), (a, p) ->
      map("benefitId", a.record("benefits"))),
  HAS_REDEMPTION(Name.HAS_REDEMPTION, takes("total"), answers("redemptionId"), (a, p) ->
      map("redemptionId", a.record("redemptions", "type", "redeem", "total", p.get("total"),
          "redeem_at", Timestamps.FORMAT.format(a.sandbox().clock().instant())))),
  /** achievements, credits, orders: a record with the sandbox's defaults (a definition, amounts, dates). */
  HAS_RECORD(Name.HAS_RECORD, takes("collection"), answers("recordId"), (a, p) ->
      map("recordId", a.record(p.string("collection")))),

  // ---------------------------------------------------------------------------------------- transactions

  HAS_TRANSACTION(Name.HAS_TRANSACTION, takes("sku", "externalId"), answers("transactionId"), (a, p) ->
      map("transactionId", a.record("transactions", "external_id", p.get("externalId"), "total", 120.5,
          "items", List.of(map("sku", p.get("sku"), "name", "Linen shirt", "price_sell", 120.5, "quantity", 1))))),
  HAS_CLAIM(Name.HAS_CLAIM, takes("receiptRef"), answers("claimId"), (a, p) ->
      map("claimId", a.record("transaction_claims", "transaction_receipt_ref", p.get("receiptRef")))),
  HAS_LEDGER(Name.HAS_LEDGER, takes("type"), answers("ledgerId"), (a, p) ->
      map("ledgerId", a.record("ledgers", "type", p.get("type")))),
  HAS_INTERACTION(Name.HAS_INTERACTION, takes("action"), answers("interactionId"), (a, p) ->
      map("interactionId", a.record("interactions", "action", p.get("action")))),
  HAS_CONNECTION(Name.HAS_CONNECTION, takes("connectedProfileId"), answers("connectionId"), (a, p) -> {
    String connectedId = p.string("connectedProfileId");
    a.sandbox().seedProfile(ProfileSeed.withEmail("sam.citizen@example.com").firstName("Sam").lastName("Citizen")
        .field("id", connectedId));
    return map("connectionId", a.connectTo(connectedId));
  }),

  // ---------------------------------------------------------------------------------------- stores

  /** Stores are catalogue data the sandbox keeps across interactions: the first one is reused. */
  STORE_EXISTS(Name.STORE_EXISTS, takes("name"), answers("locationId"), (a, p) ->
      map("locationId", a.store(map("name", p.get("name"), "handle", "contract-store", "is_published", true,
          "is_permanently_closed", false, "address", map("address_line_1", "211 La Trobe St", "city", "Melbourne",
              "state", "VIC", "postcode", "3000", "country", "Australia")))));

  /**
   * The names, as constants so {@link SandboxProviderIT}'s one {@code @State} method can list them (annotation
   * values must be constants); {@code ProviderStateTest} checks that list against this enum.
   */
  interface Name {
    String PROFILE_EXISTS = "a profile exists";
    String ANONYMOUS = "the caller holds an anonymous token";
    String TOKEN_EXPIRED = "the profile's ID tokens have expired";
    String ADMIN_TOKEN_INVALID = "the admin API token is not valid";
    String MOBILE_TAKEN = "another profile has the mobile phone";
    String HAS_ADDRESS = "the profile has an address";
    String HAS_IDENTITY = "the profile has an identity";
    String HAS_REGION = "the profile has a region";
    String HAS_LIST = "the profile has a list";
    String LIST_HAS_ITEM = "the profile has a list with an item";
    String HAS_CUSTOM_ATTRIBUTE = "the profile has a custom attribute";
    String HAS_DATE = "the profile has a date";
    String HAS_POINTS = "the profile has points";
    String HAS_REWARD = "the profile has a reward";
    String HAS_BENEFIT = "the profile has a benefit";
    String HAS_REDEMPTION = "the profile has a redemption";
    String HAS_RECORD = "the profile has a record";
    String HAS_TRANSACTION = "the profile has a transaction";
    String HAS_CLAIM = "the profile has a transaction claim";
    String HAS_LEDGER = "the profile has a ledger entry";
    String HAS_INTERACTION = "the profile has an interaction";
    String HAS_CONNECTION = "the profile is connected to another profile";
    String STORE_EXISTS = "a store exists";
  }

  /** How the provider verification seeds the sandbox for a state; answers the ids it created. */
  @FunctionalInterface
  interface Seeding {
    Map<String, Object> arrange(Arrangement arrangement, Params params);
  }

  /** A state's params as the pact carries them; reading one the state does not declare is a mistake. */
  static final class Params {
    private final ProviderState state;
    private final Map<String, ?> values;

    Params(ProviderState state, Map<String, ?> values) {
      this.state = state;
      this.values = values;
    }

    Object get(String key) {
      if (!state.params.contains(key)) {
        throw new IllegalArgumentException("state '" + state.stateName + "' declares no param '" + key + "'");
      }
      return values.get(key);
    }

    String string(String key) {
      return (String) get(key);
    }
  }

  private static final class Timestamps {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(ZoneOffset.UTC);
  }

  private final String stateName;
  private final List<String> params;
  private final List<String> answers;
  private final Seeding seeding;

  ProviderState(String stateName, List<String> params, List<String> answers, Seeding seeding) {
    this.stateName = stateName;
    this.params = params;
    this.answers = answers;
    this.seeding = seeding;
  }

  private static List<String> takes(String... params) {
    return List.of(params);
  }

  private static List<String> answers(String... keys) {
    return List.of(keys);
  }

  /** The name the pact carries. */
  String stateName() {
    return stateName;
  }

  /** The params the consumer passes, in order. */
  List<String> params() {
    return params;
  }

  /** The keys of what the state answers: the ids the pact's provider-state expressions use. */
  List<String> answerKeys() {
    return answers;
  }

  /** The first state of an interaction, with exactly the params it declares, as key-value pairs. */
  PactDslWithState given(PactDslWithProvider builder, Object... keyValues) {
    return builder.given(stateName, checked(keyValues));
  }

  /** A further state of an interaction. */
  PactDslWithState given(PactDslWithState state, Object... keyValues) {
    return state.given(stateName, checked(keyValues));
  }

  /** Seeds the sandbox for this state with the params the pact carries; answers the ids it created. */
  Map<String, Object> arrange(Arrangement arrangement, Map<String, ?> values) {
    Map<String, Object> answer = seeding.arrange(arrangement, new Params(this, values));
    if (!answer.keySet().equals(Set.copyOf(answers))) {
      throw new IllegalStateException("state '" + stateName + "' answers " + answers + ", not " + answer.keySet());
    }
    return answer;
  }

  static ProviderState named(String name) {
    return Arrays.stream(values()).filter(s -> s.stateName.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no provider state named '" + name + "'"));
  }

  private Map<String, Object> checked(Object... keyValues) {
    Map<String, Object> given = map(keyValues);
    if (!given.keySet().equals(Set.copyOf(params))) {
      throw new IllegalArgumentException("state '" + stateName + "' takes params " + params + ", not "
          + given.keySet());
    }
    return given;
  }
}
