package io.github.omneoid.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.ProfileSeed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Provider verification: every interaction of the generated pact, replayed against a real {@link OmneoIdSandbox}
 * on loopback. Each provider state seeds the sandbox (reset before every interaction) and answers the ids it
 * created, which the pact's provider-state expressions ({@code ${addressId}}...) put into the request.
 *
 * <p>The consumer's requests carry fake, unsigned tokens. The sandbox checks signatures, so before each request the
 * {@code Authorization} header is replaced with what the states arranged: a token the sandbox minted for the state's
 * profile (or an anonymous or expired one), or the sandbox's admin token on {@code POST /auth/token} — unless a
 * state says that credential is the bad one, in which case the consumer's fake is sent as it is.
 */
@Provider(Contract.PROVIDER)
@PactFolder("${pact.dir}")
class SandboxProviderIT {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private static OmneoIdSandbox sandbox;
  private static Object storeId;

  /** The profile the request acts for (the token's {@code pid}). */
  private String profileId;
  /** The ID token to send; null leaves the consumer's header untouched. */
  private String idToken;
  private boolean adminTokenValid;

  @BeforeAll
  static void start() {
    sandbox = OmneoIdSandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
    storeId = null;
  }

  @BeforeEach
  void before(PactVerificationContext context) {
    sandbox.reset();
    profileId = null;
    idToken = null;
    adminTokenValid = true;
    context.setTarget(new HttpTestTarget("127.0.0.1", sandbox.port()));
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void verify(PactVerificationContext context, HttpRequest request) throws Exception {
    authorize(request);
    context.verifyInteraction();
  }

  private void authorize(HttpRequest request) throws Exception {
    if (request.getUri().getPath().endsWith(Contract.BASE + "/auth/token")) {
      if (adminTokenValid) {
        request.setHeader("Authorization", "Bearer " + sandbox.adminToken());
      }
    } else if (idToken != null) {
      request.setHeader("Authorization", "Bearer " + idToken);
    }
  }

  // ------------------------------------------------------------------------------------------------ who calls

  @State(Interactions.PROFILE_EXISTS)
  Map<String, Object> profileExists(Map<String, Object> params) {
    profileId = (String) params.get("profileId");
    sandbox.seedProfile(ProfileSeed.withEmail("jane.citizen@example.com").firstName("Jane").lastName("Citizen")
        .field("id", profileId));
    idToken = sandbox.mintToken(profileId);
    return answer("profileId", profileId);
  }

  @State(Interactions.ANONYMOUS)
  void anonymous() {
    idToken = sandbox.mintAnonymousToken();
  }

  /** A token the sandbox signed for the profile, then expired (as every token issued so far). */
  @State(Interactions.TOKEN_EXPIRED)
  void tokenExpired() {
    idToken = sandbox.mintToken(profileId);
    sandbox.expireAllTokens();
  }

  /** The consumer's fake admin token is sent as it is, and the sandbox does not know it. */
  @State(Interactions.ADMIN_TOKEN_INVALID)
  void adminTokenInvalid() {
    adminTokenValid = false;
  }

  @State(Interactions.MOBILE_TAKEN)
  void mobileTaken(Map<String, Object> params) {
    sandbox.seedProfile(ProfileSeed.withEmail("someone.else@example.com").firstName("Someone").lastName("Else")
        .mobilePhone((String) params.get("mobilePhone")));
  }

  // ------------------------------------------------------------------------------------------------ profile data

  @State(Interactions.HAS_ADDRESS)
  Map<String, Object> hasAddress(Map<String, Object> params) {
    return answer("addressId", record("addresses", "address_line_1", "211 La Trobe St", "city", params.get("city"),
        "state", "VIC", "postcode", "3000", "country", "Australia", "is_default", true));
  }

  @State(Interactions.HAS_IDENTITY)
  Map<String, Object> hasIdentity(Map<String, Object> params) {
    return answer("identityId", record("identities", "handle", params.get("handle"),
        "identifier", params.get("identifier")));
  }

  @State(Interactions.HAS_REGION)
  void hasRegion(Map<String, Object> params) {
    record("regions", "region_id", ((Number) params.get("regionId")).longValue());
  }

  @State(Interactions.HAS_LIST)
  Map<String, Object> hasList(Map<String, Object> params) {
    return answer("listId", record("lists", "name", "Wishlist", "handle", params.get("list")));
  }

  @State(Interactions.LIST_HAS_ITEM)
  Map<String, Object> listHasItem(Map<String, Object> params) {
    Map<String, Object> list = sandbox.seedRecord(profileId, "lists", map("name", "Wishlist", "handle",
        params.get("list"), "items", List.of(map("product_variant_sku", params.get("sku"), "quantity", 1))));
    Map<?, ?> item = (Map<?, ?>) ((List<?>) list.get("items")).get(0);
    return answer("listId", list.get("id"), "itemId", item.get("id"));
  }

  @State(Interactions.HAS_CUSTOM_ATTRIBUTE)
  void hasCustomAttribute(Map<String, Object> params) {
    record("custom_attributes", "namespace", params.get("namespace"), "handle", params.get("handle"),
        "type", "string", "value", params.get("value"));
  }

  @State(Interactions.HAS_DATE)
  Map<String, Object> hasDate(Map<String, Object> params) {
    return answer("dateId", record("dates", "date", params.get("date"), "handle", params.get("handle"),
        "name", "Anniversary", "relationship", "Me"));
  }

  // ------------------------------------------------------------------------------------------------ loyalty

  @State(Interactions.HAS_POINTS)
  Map<String, Object> hasPoints(Map<String, Object> params) {
    return answer("pointId", record("points", "value_initial", params.get("points")));
  }

  @State(Interactions.HAS_REWARD)
  Map<String, Object> hasReward(Map<String, Object> params) {
    Object value = params.get("value");
    return answer("rewardId", record("rewards", "value_initial", value, "value_remaining", value));
  }

  @State(Interactions.HAS_BENEFIT)
  Map<String, Object> hasBenefit() {
    return answer("benefitId", record("benefits"));
  }

  @State(Interactions.HAS_REDEMPTION)
  Map<String, Object> hasRedemption(Map<String, Object> params) {
    return answer("redemptionId", record("redemptions", "type", "redeem", "total", params.get("total"),
        "redeem_at", TIMESTAMP.format(sandbox.clock().instant())));
  }

  /** achievements, credits, orders: a record with the sandbox's defaults (a definition, amounts, dates). */
  @State(Interactions.HAS_RECORD)
  Map<String, Object> hasRecord(Map<String, Object> params) {
    return answer("recordId", record((String) params.get("collection")));
  }

  // ------------------------------------------------------------------------------------------------ transactions

  @State(Interactions.HAS_TRANSACTION)
  Map<String, Object> hasTransaction(Map<String, Object> params) {
    Map<String, Object> item = map("sku", params.get("sku"), "name", "Linen shirt", "price_sell", 120.5,
        "quantity", 1);
    return answer("transactionId", record("transactions", "external_id", params.get("externalId"), "total", 120.5,
        "items", List.of(item)));
  }

  @State(Interactions.HAS_CLAIM)
  Map<String, Object> hasClaim(Map<String, Object> params) {
    return answer("claimId", record("transaction_claims", "transaction_receipt_ref", params.get("receiptRef")));
  }

  @State(Interactions.HAS_LEDGER)
  Map<String, Object> hasLedger(Map<String, Object> params) {
    return answer("ledgerId", record("ledgers", "type", params.get("type")));
  }

  @State(Interactions.HAS_INTERACTION)
  Map<String, Object> hasInteraction(Map<String, Object> params) {
    return answer("interactionId", record("interactions", "action", params.get("action")));
  }

  @State(Interactions.HAS_CONNECTION)
  Map<String, Object> hasConnection(Map<String, Object> params) {
    String connectedId = (String) params.get("connectedProfileId");
    sandbox.seedProfile(ProfileSeed.withEmail("sam.citizen@example.com").firstName("Sam").lastName("Citizen")
        .field("id", connectedId));
    return answer("connectionId", sandbox.seedConnection(profileId, connectedId).get("id"));
  }

  // ------------------------------------------------------------------------------------------------ stores

  /** Stores are catalogue data that reset() keeps: this one is added once per sandbox. */
  @State(Interactions.STORE_EXISTS)
  Map<String, Object> storeExists(Map<String, Object> params) {
    if (storeId == null) {
      storeId = sandbox.seedLocation(map("name", params.get("name"), "handle", "contract-store",
          "is_published", true, "is_permanently_closed", false,
          "address", map("address_line_1", "211 La Trobe St", "city", "Melbourne", "state", "VIC",
              "postcode", "3000", "country", "Australia"))).get("id");
    }
    return answer("locationId", storeId);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private Object record(String collection, Object... keyValues) {
    return sandbox.seedRecord(profileId, collection, map(keyValues)).get("id");
  }

  private static Map<String, Object> answer(Object... keyValues) {
    return map(keyValues);
  }

  private static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
