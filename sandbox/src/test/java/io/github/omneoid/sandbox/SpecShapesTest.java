package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.list;
import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tour of every operation of the bundled (published) spec against the sandbox with the demo data and one
 * record of every kind, each exchange judged by an outside OpenAPI validator (Atlassian's
 * swagger-request-validator, which also rejects properties the spec does not declare). The sandbox's shapes are
 * the spec's: what it sends is declared, typed as declared or in a declared {@code x-omneo-also} form, and
 * {@code null} only where the spec says {@code nullable}.
 *
 * <p>With {@code -Domneo.sandbox.bodies=DIR} the first 2xx body of each operation is written to
 * {@code DIR/<operationId>.json}, to compare with reference bodies.
 */
class SpecShapesTest {
  static OmneoIdSandbox sandbox;
  static OpenApiInteractionValidator referee;
  static Http admin;
  static Http jane;
  static String janeId;
  static final List<String> problems = new ArrayList<>();
  static final Set<String> seen = new LinkedHashSet<>();
  static final Map<String, String> bodies = new LinkedHashMap<>();

  @BeforeAll
  static void start() {
    referee = OpenApiInteractionValidator.createForInlineApiSpecification(SpecOperations.bundledText())
        .withBasePathOverride("/").build();
    sandbox = OmneoIdSandbox.builder().demoData().start();
    janeId = sandbox.profiles().stream().filter(p -> DemoData.DEMO_EMAIL.equals(p.get("email")))
        .map(p -> (String) p.get("id")).findFirst().orElseThrow();
    sandbox.seedRecord(janeId, "achievements", map());
    sandbox.seedRecord(janeId, "credits", map());
    sandbox.seedRecord(janeId, "orders", map());
    sandbox.seedRecord(janeId, "redemptions", map());
    admin = Http.of(sandbox).as(sandbox.adminToken());
    jane = Http.of(sandbox).as(sandbox.mintToken(janeId));
  }

  @AfterAll
  static void stop() throws IOException {
    sandbox.close();
    String dir = System.getProperty("omneo.sandbox.bodies");
    if (dir != null) {
      Path out = Paths.get(dir);
      Files.createDirectories(out);
      for (Map.Entry<String, String> e : bodies.entrySet()) {
        Files.write(out.resolve(e.getKey() + ".json"), e.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** Sends one request as {@code who}, judges the exchange and records which operation it was. */
  static Http.Resp call(Http who, String operationId, String method, String path, Object body) {
    String raw = body == null ? null : Json.write(Json.normalize(body));
    Http.Resp r = who.send(method, path, raw);
    HttpUrl url = HttpUrl.get(who.base + path);
    String apiPath = url.encodedPath().substring(OmneoIdSandbox.BASE_PATH.length());
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, apiPath);
    if (who.token != null) {
      request.withAuthorization("Bearer " + who.token);
    }
    for (String name : url.queryParameterNames()) {
      request.withQueryParam(name, url.queryParameterValues(name));
    }
    if (raw != null) {
      request.withContentType("application/json").withBody(raw);
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(r.status);
    if (!r.text.isEmpty()) {
      response.withContentType("application/json").withBody(r.text);
    }
    for (ValidationReport.Message m : referee.validate(request.build(), response.build()).getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        problems.add(operationId + " (" + method + " " + path + " -> " + r.status + "): " + describe(m));
      }
    }
    seen.add(operationId);
    if (r.status / 100 == 2 && !r.text.isEmpty()) {
      bodies.putIfAbsent(operationId, r.text);
    }
    assertThat(r.status).as(method + " " + path + ": " + r.text).isBetween(200, 299);
    return r;
  }

  /** The message with the reasons an {@code anyOf} gives (which alternative failed, and why). */
  static String describe(ValidationReport.Message m) {
    StringBuilder out = new StringBuilder(m.getMessage());
    for (ValidationReport.Message nested : m.getNestedMessages()) {
      out.append("; ").append(describe(nested).replaceAll("\\s+", " "));
    }
    return out.toString();
  }

  static Http.Resp get(Http who, String operationId, String path) {
    return call(who, operationId, "GET", path, null);
  }

  static String firstId(Http.Resp r) {
    return String.valueOf(r.get("data.0.id"));
  }

  @Test
  void everyOperationAnswersInTheSpecsShapes() {
    String me = "/profiles/me";
    // Tokens and sign-up.
    call(admin, "requestAuthToken", "POST", "/auth/token", map("id", janeId));
    call(admin, "requestAuthToken", "POST", "/auth/token", map("id", DemoData.DEMO_IDENTIFIER,
        "id_handle", DemoData.DEMO_HANDLE));
    Http anonymous = Http.of(sandbox).as(sandbox.mintAnonymousToken());
    Http.Resp signUp = call(anonymous, "upsertProfile", "POST", "/profiles", map("email", "alex@example.com",
        "attributes", map("comms", map("email_promo", true))));
    call(anonymous, "upsertProfile", "POST", "/profiles", map("email", DemoData.DEMO_EMAIL));
    Http alex = Http.of(sandbox).as(sandbox.mintToken(signUp.str("data.id")));

    // The profile itself.
    get(jane, "getMyProfile", me);
    call(jane, "updateMyProfile", "PUT", me, map("first_name", "Janet", "birth_day", 15, "birth_month", 3,
        "birth_year", 1990, "tags", list("vip", "gold")));
    get(jane, "resyncMyProfile", me + "/resync");
    call(jane, "updateMyCommsSubscription", "PUT", me + "/comms", map("sms_promo", true));
    call(jane, "updateMyProfileType", "PUT", me + "/update-type", map("profile_type", "active"));

    // Attributes.
    get(jane, "getMyCommsAttributes", me + "/attributes/comms");
    call(jane, "updateMyCommsAttributes", "PUT", me + "/attributes/comms", map("email_promo", false));
    get(jane, "getMyAppearanceAttributes", me + "/attributes/appearance");
    call(jane, "updateMyAppearanceAttributes", "PUT", me + "/attributes/appearance", map("size_shoe", "8"));
    call(jane, "upsertMyCustomAttribute", "PUT", me + "/attributes/custom/loyalty:pets",
        map("type", "integer", "value", 2));
    get(jane, "listMyCustomAttributes", me + "/attributes/custom");
    get(jane, "getMyCustomAttribute", me + "/attributes/custom/loyalty:pets");
    call(jane, "deleteMyCustomAttribute", "DELETE", me + "/attributes/custom/loyalty:pets", null);
    call(jane, "upsertMyDatesAttribute", "PUT", me + "/attributes/dates", map("date", "2019-02-01",
        "handle", "first-date", "name", "First date", "relationship", "Partner", "type", "anniversary"));
    call(jane, "upsertMyDatesAttribute", "PUT", me + "/attributes/dates", map("date", "2020-02-01"));
    Http.Resp dates = get(jane, "listMyDatesAttributes", me + "/attributes/dates");
    call(jane, "deleteMyDatesAttribute", "DELETE", me + "/attributes/dates/" + dates.get("data.1.id"), null);

    // Addresses, identities, regions.
    Http.Resp address = call(jane, "createMyAddress", "POST", me + "/addresses", map("address_line_1",
        "2 Flinders St", "city", "Melbourne", "postcode", "3000", "country", "Australia", "state", "VIC"));
    String addressId = String.valueOf(address.get("data.id"));
    get(jane, "listMyAddresses", me + "/addresses");
    get(jane, "getMyAddress", me + "/addresses/" + addressId);
    call(jane, "updateMyAddress", "PUT", me + "/addresses/" + addressId, map("city", "Southbank",
        "latitude", -37.82, "longitude", 144.96));
    call(jane, "deleteMyAddress", "DELETE", me + "/addresses/" + addressId, null);
    get(jane, "listMyIdentities", me + "/identities");
    Http.Resp identity = call(jane, "createMyIdentity", "POST", me + "/identities",
        map("handle", "zendesk", "identifier", "Z-1"));
    get(jane, "getMyIdentityByHandle", me + "/identities/zendesk");
    call(jane, "updateMyIdentityByHandle", "PUT", me + "/identities/zendesk", map("identifier", "Z-2"));
    get(jane, "getMyIdentityById", me + "/identities/id/" + identity.get("data.id"));
    call(jane, "updateMyIdentityById", "PUT", me + "/identities/id/" + identity.get("data.id"),
        map("is_active", false));
    call(jane, "deleteMyIdentityById", "DELETE", me + "/identities/id/" + identity.get("data.id"), null);
    call(jane, "createMyIdentity", "POST", me + "/identities", map("handle", "zendesk", "identifier", "Z-3"));
    call(jane, "deleteMyIdentityByHandle", "DELETE", me + "/identities/zendesk", null);
    get(jane, "listMyRegions", me + "/regions");
    call(jane, "addMyRegion", "POST", me + "/regions", map("region_id", 2, "country", "NZ", "state", "AUK"));
    call(jane, "updateMyRegion", "PUT", me + "/regions/2", map("state", "WGN"));
    call(jane, "deleteMyRegion", "DELETE", me + "/regions/2", null);

    // Lists.
    get(jane, "listMyLists", me + "/lists");
    Http.Resp list = call(jane, "createMyList", "POST", me + "/lists", map("name", "Birthday ideas"));
    String listId = String.valueOf(list.get("data.id"));
    call(jane, "updateMyList", "PUT", me + "/lists/" + listId, map("description", "For March"));
    Http.Resp item = call(jane, "createMyListItem", "POST", me + "/lists/" + listId + "/items",
        map("product_variant_sku", "SCARF-1", "quantity", 2));
    String itemPath = me + "/lists/" + listId + "/items/" + item.get("data.id");
    call(jane, "createMyListItem", "POST", me + "/lists/wishlist/items", map("product_variant_id", 900));
    get(jane, "listMyListItems", me + "/lists/" + listId + "/items");
    get(jane, "getMyListItem", itemPath);
    call(jane, "updateMyListItem", "PUT", itemPath, map("quantity", 3));
    call(jane, "shareMyList", "POST", me + "/lists/" + listId + "/shares", null);
    get(jane, "getMyList", me + "/lists/" + listId);
    get(jane, "getMyList", me + "/lists/wishlist");
    call(jane, "deleteMyListItem", "DELETE", itemPath, null);
    call(jane, "deleteMyList", "DELETE", me + "/lists/" + listId, null);

    // Loyalty.
    get(jane, "getMyBalances", me + "/balances");
    get(jane, "getMyPoint", me + "/points/" + firstId(get(jane, "listMyPoints", me + "/points")));
    get(jane, "getMyReward", me + "/rewards/" + firstId(get(jane, "listMyRewards", me + "/rewards")));
    String benefit = me + "/benefits/" + firstId(get(jane, "listMyBenefits", me + "/benefits"));
    get(jane, "getMyBenefit", benefit);
    call(jane, "updateMyBenefit", "PUT", benefit, map("value", 5, "meta", map("note", "birthday")));
    call(jane, "redeemMyBenefit", "POST", benefit + "/redeem", map());
    call(jane, "deleteMyBenefit", "DELETE", benefit, null);
    call(jane, "redeemMyBalance", "POST", me + "/redeem", map("amount", 2.5));
    call(jane, "redeemMyBalance", "POST", me + "/redeem", map("amount", 1, "strategy", "points"));
    get(jane, "getMyRedemption", me + "/redemptions/" + firstId(get(jane, "listMyRedemptions", me + "/redemptions")));
    get(jane, "getMyTierProgress", me + "/tiers");
    get(jane, "calculateMyTierProgress", me + "/tiers/calculate");
    call(jane, "assignMyTier", "POST", me + "/tiers/assign", map("tier", "gold"));
    get(jane, "getMyAggregations", me + "/aggregations");
    get(jane, "calculateMyAggregations", me + "/aggregations/calculate");
    get(jane, "getMyAchievement", me + "/achievements/"
        + firstId(get(jane, "listMyAchievements", me + "/achievements")));
    get(jane, "getMyCredit", me + "/credits/" + firstId(get(jane, "listMyCredits", me + "/credits")));
    get(jane, "getMyOrder", me + "/orders/" + firstId(get(jane, "listMyOrders", me + "/orders")));

    // Transactions and what hangs off them.
    get(jane, "getMyTransaction", me + "/transactions/"
        + firstId(get(jane, "listMyTransactions", me + "/transactions")));
    get(jane, "findMyTransaction", me + "/find-transactions?filter[receipt_ref]=MEL-1001");
    get(jane, "listMyGroupedTransactions", me + "/group_transactions");
    get(jane, "listMyUnassignedTransactionItems", me + "/transactionitems/list/unassigned");
    get(jane, "listMyUnassignedTransactionItems", me + "/transactionitems/list/unassigned?include_list_item=1");
    get(jane, "listMyTransactionProducts", me + "/transaction-products");
    String claim = me + "/transactions/claims/" + firstId(get(jane, "listMyTransactionClaims",
        me + "/transactions/claims"));
    get(jane, "getMyTransactionClaim", claim);
    call(jane, "deleteMyTransactionClaim", "DELETE", claim, null);
    get(jane, "getMyLedger", me + "/ledgers/" + firstId(get(jane, "listMyLedgers", me + "/ledgers")));
    String interaction = me + "/interactions/" + firstId(get(jane, "listMyInteractions", me + "/interactions"));
    get(jane, "getMyInteraction", interaction);
    call(jane, "deleteMyInteraction", "DELETE", interaction, null);

    // Connections, and acting through one.
    String connectionId = firstId(get(jane, "listMyConnections", me + "/connections"));
    call(jane, "updateMyConnection", "PUT", me + "/connections/" + connectionId, map("name", "My son"));
    get(jane, "getMyConnectionProfileInfo", me + "/connections/" + connectionId + "/profileInfo");
    String sam = "/profiles/connection/" + connectionId;
    get(jane, "getMyProfileForConnection", sam);
    call(jane, "updateMyProfileForConnection", "PUT", sam, map("last_name", "Citizen-Smith"));
    call(jane, "createMyListForConnection", "POST", sam + "/lists", map("name", "Christmas"));
    get(jane, "listMyListsForConnection", sam + "/lists");

    // Stores.
    get(jane, "getLocation", "/locations/" + firstId(get(jane, "listLocations", "/locations")));

    // Leaving.
    call(alex, "deleteMyProfile", "DELETE", me, null);
    Http.Resp other = call(anonymous, "upsertProfile", "POST", "/profiles", map("email", "kim@example.com"));
    call(Http.of(sandbox).as(sandbox.mintToken(other.str("data.id"))), "purgeMyProfile", "DELETE",
        me + "/purge", null);

    // Operations with no hand-written behaviour are served from the spec alone: visited as the spec describes
    // them, path parameters 1, the body the spec's example or schema gives.
    SpecResponder fromSpec = new SpecResponder(Spec.bundled());
    for (Spec.Operation op : sandbox.routeTable().fromSpecOnly()) {
      if (op.direct && !seen.contains(op.operationId)) {
        Http who = op.access == Access.ADMIN ? admin : jane;
        call(who, op.operationId, op.method, op.path.replaceAll("\\{[^}]+}", "1"), fromSpec.requestExample(op));
      }
    }

    Set<String> missing = new TreeSet<>();
    for (SpecOperations.Op op : SpecOperations.bundled()) {
      if (op.direct && !seen.contains(op.operationId)) {
        missing.add(op.operationId);
      }
    }
    assertThat(missing).as("operations the tour does not visit").isEmpty();
    assertThat(problems).as("what the referee found").isEmpty();
  }
}
