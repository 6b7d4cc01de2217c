package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.Router.Access.ADMIN;
import static io.github.omneoid.sandbox.Router.Access.ANY_ID;
import static io.github.omneoid.sandbox.Router.Access.PROFILE;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The routes of facts §2 and their handlers. Every handler runs while the caller holds the store's monitor, so
 * each request reads and writes the store atomically.
 */
final class Api {
  /** Path prefixes of the profile tree: the bound profile, and the connection-scoped copy (facts §2.9). */
  static final String ME = "/profiles/me";
  static final String CONNECTION = "/profiles/connection/{scopeConnectionId}";

  static final List<String> ADDRESS_STRINGS = Arrays.asList("address_line_1", "address_line_2", "address_line_3",
      "company", "city", "state", "country", "iso", "iso_state", "notes", "external_id", "suburb");
  static final List<String> ADDRESS_REQUIRED = Arrays.asList("address_line_1", "city", "postcode", "country",
      "state");
  static final Set<String> CUSTOM_TYPES = Store.set("json", "integer", "string", "boolean", "float", "array");
  static final Set<String> CONNECTION_STATUSES =
      Store.set("draft", "pending", "accepted", "rejected", "hold", "archived", "break");
  static final Set<String> REDEEM_STRATEGIES = Store.set("rewards", "points", "rewards_points", "points_rewards");
  private static final SecureRandom RANDOM = new SecureRandom();

  final Store store;
  final TokenService tokens;
  final Router router = new Router();

  Api(Store store, TokenService tokens) {
    this.store = store;
    this.tokens = tokens;
    router.add("POST", "/auth/token", ADMIN, this::authToken);
    router.add("POST", "/profiles", ANY_ID, this::upsertProfile);
    // Assumption (facts §1.6.4, §6.6): anonymous ID tokens may read locations; they are public store data.
    router.add("GET", "/locations", ANY_ID, this::listLocations);
    router.add("GET", "/locations/{locationId}", ANY_ID, this::getLocation);
    for (String root : Arrays.asList(ME, CONNECTION)) {
      tree(root);
    }
  }

  /** The profile tree of facts §2.3–§2.8 and §2.12, under one root. */
  private void tree(String r) {
    router.add("GET", r, PROFILE, c -> Reply.data(store.renderProfile(c.target)));
    router.add("PUT", r, PROFILE, this::updateProfile);
    router.add("DELETE", r, PROFILE, this::deleteProfile);
    router.add("DELETE", r + "/purge", PROFILE, this::purgeProfile);
    router.add("GET", r + "/resync", PROFILE, c -> Reply.data(store.renderProfile(c.target)));
    router.add("PUT", r + "/comms", PROFILE, c -> Reply.data(Catalog.list(updateComms(c))));
    router.add("POST", r + "/redeem", PROFILE, this::redeem);
    router.add("PUT", r + "/update-type", PROFILE, this::updateType);
    router.add("GET", r + "/transaction-products", PROFILE, this::transactionProducts);

    router.add("GET", r + "/attributes/comms", PROFILE, c -> Reply.data(store.renderComms(c.target)));
    router.add("PUT", r + "/attributes/comms", PROFILE, c -> Reply.data(updateComms(c)));
    router.add("GET", r + "/attributes/appearance", PROFILE, c -> Reply.data(store.renderAppearance(c.target)));
    router.add("PUT", r + "/attributes/appearance", PROFILE, this::updateAppearance);
    router.add("GET", r + "/attributes/custom", PROFILE, this::listCustom);
    router.add("GET", r + "/attributes/custom/{attributeKey}", PROFILE, this::getCustom);
    router.add("PUT", r + "/attributes/custom/{attributeKey}", PROFILE, this::putCustom);
    router.add("DELETE", r + "/attributes/custom/{attributeKey}", PROFILE, this::deleteCustom);
    router.add("GET", r + "/attributes/dates", PROFILE, c -> Reply.data(filtered(c, c.target.list("dates"))));
    router.add("PUT", r + "/attributes/dates", PROFILE, this::putDate);
    router.add("DELETE", r + "/attributes/dates/{dateId}", PROFILE, this::deleteDate);

    router.add("GET", r + "/addresses", PROFILE, c -> Reply.data(filtered(c, c.target.list("addresses"))));
    router.add("POST", r + "/addresses", PROFILE, this::createAddress);
    router.add("GET", r + "/addresses/{addressId}", PROFILE,
        c -> Reply.data(Store.byId(c.target.list("addresses"), c.param("addressId"), "Address")));
    router.add("PUT", r + "/addresses/{addressId}", PROFILE, this::updateAddress);
    router.add("DELETE", r + "/addresses/{addressId}", PROFILE, c -> deleteById(c, "addresses", "addressId",
        "Address"));

    router.add("GET", r + "/identities", PROFILE, c -> Reply.data(filtered(c, c.target.list("identities"))));
    router.add("POST", r + "/identities", PROFILE, this::createIdentity);
    router.add("GET", r + "/identities/{handle}", PROFILE, c -> Reply.data(identityByHandle(c)));
    router.add("PUT", r + "/identities/{handle}", PROFILE, c -> updateIdentity(c, identityByHandle(c)));
    router.add("DELETE", r + "/identities/{handle}", PROFILE, c -> {
      c.target.list("identities").remove(identityByHandle(c));
      return Reply.noContent();
    });
    router.add("GET", r + "/identities/id/{identityId}", PROFILE, c -> Reply.data(identityById(c)));
    router.add("PUT", r + "/identities/id/{identityId}", PROFILE, c -> updateIdentity(c, identityById(c)));
    router.add("DELETE", r + "/identities/id/{identityId}", PROFILE, c -> deleteById(c, "identities", "identityId",
        "Identity"));

    router.add("GET", r + "/regions", PROFILE, c -> Reply.data(store.renderRegions(c.target)));
    router.add("POST", r + "/regions", PROFILE, this::addRegion);
    router.add("PUT", r + "/regions/{regionId}", PROFILE, this::updateRegion);
    router.add("DELETE", r + "/regions/{regionId}", PROFILE, this::deleteRegion);

    router.add("GET", r + "/lists", PROFILE, c -> Reply.data(filtered(c, c.target.list("lists"))));
    router.add("POST", r + "/lists", PROFILE, this::createList);
    router.add("GET", r + "/lists/{list}", PROFILE, c -> Reply.data(list(c)));
    router.add("PUT", r + "/lists/{list}", PROFILE, this::updateList);
    router.add("DELETE", r + "/lists/{list}", PROFILE, c -> {
      c.target.list("lists").remove(list(c));
      return Reply.noContent();
    });
    router.add("GET", r + "/lists/{list}/items", PROFILE, c -> Reply.data(filtered(c, items(list(c)))));
    router.add("POST", r + "/lists/{list}/items", PROFILE, this::createItem);
    router.add("GET", r + "/lists/{list}/items/{itemId}", PROFILE,
        c -> Reply.data(Store.byId(items(list(c)), c.param("itemId"), "List item")));
    router.add("PUT", r + "/lists/{list}/items/{itemId}", PROFILE, this::updateItem);
    router.add("DELETE", r + "/lists/{list}/items/{itemId}", PROFILE, c -> {
      Map<String, Object> l = list(c);
      items(l).remove(Store.byId(items(l), c.param("itemId"), "List item"));
      l.put("updated_at", store.now());
      return Reply.noContent();
    });
    router.add("POST", r + "/lists/{list}/shares", PROFILE, this::shareList);

    router.add("GET", r + "/balances", PROFILE, c -> Reply.data(store.balances(c.target)));
    readOnlyPaged(r, "points", "pointId", "Point");
    readOnlyPaged(r, "rewards", "rewardId", "Reward");
    router.add("GET", r + "/benefits", PROFILE, c -> page(c, c.target.list("benefits")));
    router.add("GET", r + "/benefits/{benefitId}", PROFILE, c -> Reply.data(
        store.renderExpiring(Store.byId(c.target.list("benefits"), c.param("benefitId"), "Benefit"))));
    router.add("PUT", r + "/benefits/{benefitId}", PROFILE, this::updateBenefit);
    router.add("DELETE", r + "/benefits/{benefitId}", PROFILE, c -> deleteById(c, "benefits", "benefitId",
        "Benefit"));
    router.add("POST", r + "/benefits/{benefitId}/redeem", PROFILE, this::redeemBenefit);

    router.add("GET", r + "/tiers", PROFILE, c -> Reply.data(store.tierProgress(c.target)));
    router.add("GET", r + "/tiers/calculate", PROFILE, c -> Reply.data(store.tierProgress(c.target)));
    router.add("POST", r + "/tiers/assign", PROFILE, this::assignTier);
    router.add("GET", r + "/aggregations", PROFILE, c -> Reply.data(store.aggregations(c.target)));
    router.add("GET", r + "/aggregations/calculate", PROFILE, c -> Reply.data(store.aggregations(c.target)));

    router.add("GET", r + "/transactions", PROFILE, c -> page(c, c.target.list("transactions")));
    router.add("GET", r + "/transactions/{transactionId}", PROFILE,
        c -> Reply.data(Store.byId(c.target.list("transactions"), c.param("transactionId"), "Transaction")));
    router.add("GET", r + "/find-transactions", PROFILE, this::findTransaction);
    router.add("GET", r + "/group_transactions", PROFILE, this::groupTransactions);
    router.add("GET", r + "/transactionitems/list/unassigned", PROFILE, this::unassignedItems);
    router.add("GET", r + "/transactions/claims", PROFILE, c -> page(c, c.target.list("transaction_claims")));
    router.add("GET", r + "/transactions/claims/{claimId}", PROFILE,
        c -> Reply.data(Store.byId(c.target.list("transaction_claims"), c.param("claimId"), "Claim")));
    router.add("DELETE", r + "/transactions/claims/{claimId}", PROFILE, c -> deleteById(c, "transaction_claims",
        "claimId", "Claim"));
    readOnlyPaged(r, "ledgers", "ledgerId", "Ledger");
    readOnlyPaged(r, "interactions", "interactionId", "Interaction");
    router.add("DELETE", r + "/interactions/{interactionId}", PROFILE, c -> deleteById(c, "interactions",
        "interactionId", "Interaction"));

    router.add("GET", r + "/connections", PROFILE, this::listConnections);
    router.add("PUT", r + "/connections/{connectionId}", PROFILE, this::updateConnection);
    router.add("GET", r + "/connections/{connectionId}/profileInfo", PROFILE, this::connectionProfileInfo);

    // S0 names these; no source shows their routes or payloads: read-only, seedable (facts §2.12).
    for (String kind : Arrays.asList("achievements", "credits", "orders")) {
      String what = Character.toUpperCase(kind.charAt(0)) + kind.substring(1, kind.length() - 1);
      router.add("GET", r + "/" + kind, PROFILE, c -> Reply.data(filtered(c, c.target.list(kind))));
      router.add("GET", r + "/" + kind + "/{id}", PROFILE,
          c -> Reply.data(Store.byId(c.target.list(kind), c.param("id"), what)));
    }
    readOnlyPaged(r, "redemptions", "redemptionId", "Redemption");
  }

  private void readOnlyPaged(String r, String kind, String idParam, String what) {
    router.add("GET", r + "/" + kind, PROFILE, c -> page(c, c.target.list(kind)));
    router.add("GET", r + "/" + kind + "/{" + idParam + "}", PROFILE,
        c -> Reply.data(store.renderExpiring(Store.byId(c.target.list(kind), c.param(idParam), what))));
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** Rewards and benefits carry a clock-driven {@code is_expired}; the rest are served as stored. */
  private List<Map<String, Object>> rendered(List<Map<String, Object>> items) {
    List<Map<String, Object>> out = new ArrayList<>(items.size());
    for (Map<String, Object> m : items) {
      out.add(store.renderExpiring(m));
    }
    return out;
  }

  /** {@code filter[...]} and {@code sort} applied to a plain list (query pass-through, facts §2.11). */
  private List<Object> filtered(Call c, List<Map<String, Object>> items) {
    return new ArrayList<>(Query.sort(Query.filter(rendered(items), Query.filters(c.query)), c.q("sort")));
  }

  private Reply page(Call c, List<Map<String, Object>> items) {
    List<Map<String, Object>> all = Query.sort(Query.filter(rendered(items), Query.filters(c.query)), c.q("sort"));
    return Reply.raw(Query.page(all, c.query, c.pathUrl()));
  }

  private Reply deleteById(Call c, String collection, String param, String what) {
    List<Map<String, Object>> items = c.target.list(collection);
    items.remove(Store.byId(items, c.param(param), what));
    return Reply.noContent();
  }

  private static String slug(String s) {
    String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return out.isEmpty() ? "list" : out;
  }

  private static String code(int length) {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------------------------------------ auth, upsert

  /** POST /auth/token (facts §1.3). */
  private Reply authToken(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    Check.string(v, body, "id", true);
    Check.string(v, body, "id_handle", true);
    v.throwIfAny();
    Object id = body.get("id");
    Object handle = body.get("id_handle");
    String pid;
    if (id == null || ((String) id).isEmpty()) {
      pid = null; // anonymous; id_handle is ignored, as the SDK drops it (facts §1.3)
    } else if (handle instanceof String && !((String) handle).isEmpty()) {
      Store.Profile p = store.profileByIdentity((String) handle, (String) id);
      if (p == null) {
        // Assumption (facts §6.4): an id/id_handle matching nothing is a 404.
        throw new ApiException(404, "No profile has an identity with handle '" + handle + "' and identifier '" + id
            + "'.");
      }
      pid = p.id;
    } else {
      if (store.profile((String) id) == null) {
        // Assumption (facts §6.4): an unknown profile id is a 404.
        throw new ApiException(404, "Profile not found.");
      }
      pid = (String) id;
    }
    TokenService.Minted t = tokens.mint(pid);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("token", t.token);
    data.put("exp", t.exp);
    return Reply.data(data);
  }

  /** POST /profiles: create, or apply only attributes.comms to the profile matching email or mobile (S2). */
  private Reply upsertProfile(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    if (Check.required(v, body, "email")) {
      Check.email(v, body, "email", "email");
    }
    Check.string(v, body, "mobile_phone", true);
    v.throwIfAny();
    String email = ((String) body.get("email")).trim();
    Store.Profile match = store.profileByEmail(email, null);
    if (match == null) {
      // Assumption (facts §6.2): email is looked up first; a mobile match is used only when no email matches.
      match = store.profileByMobile(body.get("mobile_phone"), null);
    }
    if (match != null) {
      Object attrs = body.get("attributes");
      if (attrs instanceof Map && Store.asMap(attrs).get("comms") instanceof Map) {
        Map<String, Object> comms = Store.asMap(Store.asMap(attrs).get("comms"));
        Store.validateComms(comms, "attributes.comms.", v);
        v.throwIfAny();
        store.mergeComms(match, comms);
        match.fields.put("updated_at", store.now());
      }
      // Assumption (facts §6.2): the matched profile is returned, as the admin API it proxies would.
      return Reply.data(store.renderProfile(match));
    }
    store.validateProfileFields(body, null, true, v);
    validateAddresses(body, v);
    v.throwIfAny();
    Map<String, Object> create = new LinkedHashMap<>(body);
    create.remove("id");
    Store.Profile p = store.createProfile(create);
    if (body.get("addresses") instanceof List) {
      for (Object a : (List<?>) body.get("addresses")) {
        addAddress(p, Store.asMap(a));
      }
    }
    return Reply.data(store.renderProfile(p));
  }

  private static void validateAddresses(Map<String, Object> body, ApiException.Validation v) {
    if (!body.containsKey("addresses") || body.get("addresses") == null) {
      return;
    }
    if (!(body.get("addresses") instanceof List)) {
      v.add("addresses", "The addresses field must be an array.");
      return;
    }
    List<?> l = (List<?>) body.get("addresses");
    for (int i = 0; i < l.size(); i++) {
      if (!(l.get(i) instanceof Map)) {
        v.add("addresses." + i, "The addresses." + i + " field must be an object.");
      } else {
        validateAddress(Store.asMap(l.get(i)), "addresses." + i + ".", true, v);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ profile root

  private Reply updateProfile(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    store.validateProfileFields(body, c.target, false, v);
    v.throwIfAny();
    store.applyProfileFields(c.target, body);
    return Reply.data(store.renderProfile(c.target));
  }

  /** Soft delete (S0): the profile disappears from the API (404), its token stops working for /profiles/me. */
  private Reply deleteProfile(Call c) {
    c.target.deleted = true;
    c.target.fields.put("profile_type", "deleted");
    c.target.fields.put("deleted_at", store.now());
    return Reply.noContent();
  }

  /** Permanent removal (S0): the profile, its identities and its connections are gone. */
  private Reply purgeProfile(Call c) {
    store.profiles.remove(c.target.id);
    store.connections.values().removeIf(
        con -> c.target.id.equals(con.get("connector_id")) || c.target.id.equals(con.get("connected_id")));
    return Reply.noContent();
  }

  private Reply updateType(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    if (Check.required(v, body, "profile_type")) {
      Check.oneOf(v, body, "profile_type", false, Store.PROFILE_TYPES, "profile_type");
    }
    v.throwIfAny();
    c.target.fields.put("profile_type", body.get("profile_type"));
    c.target.fields.put("updated_at", store.now());
    return Reply.data(store.renderProfile(c.target));
  }

  private Map<String, Object> updateComms(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    Store.validateComms(body, "", v);
    v.throwIfAny();
    store.mergeComms(c.target, body);
    return store.renderComms(c.target);
  }

  private Reply updateAppearance(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    Store.validateAppearance(body, "", v);
    v.throwIfAny();
    store.mergeAppearance(c.target, body);
    return Reply.data(store.renderAppearance(c.target));
  }

  /** POST /profiles/me/redeem: takes {@code amount} dollars from the reward balance (S0) or per strategy. */
  private Reply redeem(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    if (Check.required(v, body, "amount")) {
      Check.number(v, body, "amount", false, "amount");
    }
    Check.oneOf(v, body, "strategy", true, REDEEM_STRATEGIES, "strategy");
    Check.object(v, body, "meta", true);
    v.throwIfAny();
    double amount = Store.num(body.get("amount"));
    if (amount <= 0) {
      throw ApiException.invalid("amount", "The amount field must be greater than 0.");
    }
    String strategy = body.get("strategy") == null ? "rewards" : (String) body.get("strategy");
    Store.Profile p = c.target;
    double rewards = store.rewardBalance(p);
    double points = store.pointBalance(p) * Store.DOLLARS_PER_POINT;
    double available = strategy.equals("rewards") ? rewards : strategy.equals("points") ? points : rewards + points;
    if (amount > available + 1e-9) {
      throw ApiException.invalid("amount",
          "The amount may not be greater than the available balance (" + Store.money(available) + ").");
    }
    double left = amount;
    for (String source : strategy.split("_")) {
      left -= store.deduct(p, source, left);
    }
    String now = store.now();
    Map<String, Object> redemption = Catalog.record(store, p, "redemptions", Catalog.map(
        "profile", Catalog.map("first_name", p.fields.get("first_name"), "last_name", p.fields.get("last_name"),
            "email", p.fields.get("email"), "statuses", p.fields.get("statuses"),
            "full_name", p.fields.get("first_name") + " " + p.fields.get("last_name")),
        "type", strategy, "total", Store.money(amount), "total_localised", Store.money(amount),
        "meta", body.get("meta"), "items", Catalog.list(Catalog.map("id", store.nextId("redemption_items"),
            "type", strategy, "value", Store.money(amount), "count", 1, "type_attributes", strategy,
            "created_at", now, "updated_at", now)),
        "redeem_at", now));
    p.list("redemptions").add(redemption);
    Map<String, Object> balances = store.balances(p);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", redemption.get("id"));
    out.put("profile_id", p.id);
    out.put("total_localised", Store.money(amount));
    out.put("total", Store.money(amount));
    out.put("balances", balances);
    out.put("meta", body.get("meta"));
    out.put("total_redeemed", Store.money(amount));
    out.put("total_requested", Store.money(amount));
    out.put("profile", Catalog.map("reward_balance", balances.get("reward_balance"), "point_balance",
        balances.get("point_balance")));
    out.put("created_at", now);
    out.put("updated_at", now);
    return Reply.data(out);
  }

  // ------------------------------------------------------------------------------------------------ custom attributes

  private static String[] attributeKey(Call c, boolean forWrite) {
    String key = c.param("attributeKey");
    int colon = key.indexOf(':');
    if (colon <= 0 || colon == key.length() - 1) {
      if (forWrite) {
        throw ApiException.invalid("attributeKey", "The attribute key must be written namespace:handle.");
      }
      throw ApiException.notFound("Custom attribute");
    }
    return new String[] {key.substring(0, colon), key.substring(colon + 1)};
  }

  private Reply listCustom(Call c) {
    return Reply.data(filtered(c, new ArrayList<>(c.target.custom.values())));
  }

  private Reply getCustom(Call c) {
    String[] k = attributeKey(c, false);
    Map<String, Object> a = c.target.custom.get(k[0] + ":" + k[1]);
    if (a == null) {
      throw ApiException.notFound("Custom attribute");
    }
    return Reply.data(a);
  }

  private Reply putCustom(Call c) {
    String[] k = attributeKey(c, true);
    Map<String, Object> body = c.body();
    Map<String, Object> existing = c.target.custom.get(k[0] + ":" + k[1]);
    ApiException.Validation v = new ApiException.Validation();
    if (existing == null) {
      Check.required(v, body, "type");
      if (!body.containsKey("value")) {
        v.add("value", "The value field is required.");
      }
    }
    Check.oneOf(v, body, "type", false, CUSTOM_TYPES, "type");
    v.throwIfAny();
    return Reply.data(putCustomAttribute(c.target, k[0], k[1], body));
  }

  Map<String, Object> putCustomAttribute(Store.Profile p, String namespace, String handle, Map<String, Object> body) {
    String key = namespace + ":" + handle;
    Map<String, Object> a = p.custom.get(key);
    String now = store.now();
    if (a == null) {
      a = Catalog.map("id", store.nextId("custom_attributes"), "profile_id", p.id, "namespace", namespace,
          "handle", handle, "type", "string", "value", null, "created_at", now, "updated_at", now);
      p.custom.put(key, a);
    }
    if (body.get("type") instanceof String) {
      a.put("type", body.get("type"));
    }
    if (body.containsKey("value")) {
      a.put("value", castValue((String) a.get("type"), Json.normalize(body.get("value"))));
    }
    a.put("updated_at", now);
    return a;
  }

  /** The type decides how a value is cast, not what is accepted (facts §3.20): uncastable values are kept. */
  static Object castValue(String type, Object value) {
    if (value == null) {
      return null;
    }
    switch (type) {
      case "integer":
        if (value instanceof Number) {
          return ((Number) value).longValue();
        }
        if (value instanceof String) {
          try {
            return Long.parseLong(((String) value).trim());
          } catch (NumberFormatException e) {
            return value;
          }
        }
        return value;
      case "float":
        if (value instanceof Number) {
          return ((Number) value).doubleValue();
        }
        if (value instanceof String) {
          try {
            return Double.parseDouble(((String) value).trim());
          } catch (NumberFormatException e) {
            return value;
          }
        }
        return value;
      case "boolean":
        if (value instanceof String) {
          Boolean b = Query.parseBool((String) value);
          return b == null ? value : b;
        }
        return Check.asBool(value);
      case "string":
        return value instanceof Map || value instanceof List ? Json.write(value) : String.valueOf(value);
      default:
        return value;
    }
  }

  private Reply deleteCustom(Call c) {
    String[] k = attributeKey(c, false);
    if (c.target.custom.remove(k[0] + ":" + k[1]) == null) {
      throw ApiException.notFound("Custom attribute");
    }
    return Reply.noContent();
  }

  // ------------------------------------------------------------------------------------------------ dates

  /** PUT /attributes/dates: one date, matched on handle + relationship (SDK dates README), else created. */
  private Reply putDate(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    if (Check.required(v, body, "date")) {
      Check.date(v, body, "date", false, "date");
    }
    for (String f : Arrays.asList("type", "recurring_schedule", "name", "handle", "relationship", "description",
        "note")) {
      Check.string(v, body, f, true);
    }
    Check.bool(v, body, "is_recurring", true);
    Check.object(v, body, "meta", true);
    v.throwIfAny();
    return Reply.data(putDateAttribute(c.target, body));
  }

  Map<String, Object> putDateAttribute(Store.Profile p, Map<String, Object> body) {
    Map<String, Object> match = null;
    if (body.get("handle") != null) {
      for (Map<String, Object> d : p.list("dates")) {
        if (body.get("handle").equals(d.get("handle"))
            && String.valueOf(body.getOrDefault("relationship", "Me")).equals(String.valueOf(d.get("relationship")))) {
          match = d;
        }
      }
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String f : Arrays.asList("type", "date", "is_recurring", "recurring_schedule", "name", "handle",
        "relationship", "description", "meta", "note")) {
      if (body.containsKey(f)) {
        fields.put(f, Check.asBool(body.get(f)));
      }
    }
    if (match == null) {
      match = Catalog.record(store, p, "dates", fields);
      p.list("dates").add(match);
    } else {
      match.putAll(Json.copy(fields));
      match.put("updated_at", store.now());
    }
    return match;
  }

  private Reply deleteDate(Call c) {
    List<Map<String, Object>> dates = c.target.list("dates");
    dates.remove(Store.byId(dates, c.param("dateId"), "Date"));
    // facts §2.4: 200 with the dates left after the delete, not a 204.
    return Reply.data(new ArrayList<Object>(dates));
  }

  // ------------------------------------------------------------------------------------------------ addresses

  static void validateAddress(Map<String, Object> body, String prefix, boolean creating, ApiException.Validation v) {
    if (creating) {
      for (String f : ADDRESS_REQUIRED) {
        Check.required(v, body, f, prefix + f);
      }
    }
    for (String f : ADDRESS_STRINGS) {
      boolean required = ADDRESS_REQUIRED.contains(f);
      Check.string(v, body, f, !required, prefix + f);
    }
    Check.scalar(v, body, "postcode", prefix + "postcode");
    if (!creating && body.containsKey("postcode") && body.get("postcode") == null) {
      v.add(prefix + "postcode", "The postcode field is required.");
    }
    Check.scalar(v, body, "latitude", prefix + "latitude");
    Check.scalar(v, body, "longitude", prefix + "longitude");
    Check.bool(v, body, "is_default", false, prefix + "is_default");
    if (body.containsKey("meta") && body.get("meta") != null && !(body.get("meta") instanceof Map)) {
      v.add(prefix + "meta", "The meta field must be an object.");
    }
  }

  private static Map<String, Object> addressFields(Map<String, Object> body) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String f : ADDRESS_STRINGS) {
      if (body.containsKey(f)) {
        out.put(f, body.get(f));
      }
    }
    for (String f : Arrays.asList("postcode", "latitude", "longitude", "meta")) {
      if (body.containsKey(f)) {
        out.put(f, body.get(f));
      }
    }
    if (body.get("postcode") instanceof Number) {
      out.put("postcode", String.valueOf(body.get("postcode")));
    }
    if (body.containsKey("is_default")) {
      out.put("is_default", Check.asBool(body.get("is_default")));
    }
    return out;
  }

  Map<String, Object> addAddress(Store.Profile p, Map<String, Object> body) {
    Map<String, Object> a = Catalog.record(store, p, "addresses", addressFields(body));
    if (Boolean.TRUE.equals(a.get("is_default"))) {
      for (Map<String, Object> other : p.list("addresses")) {
        other.put("is_default", false);
      }
    }
    p.list("addresses").add(a);
    return a;
  }

  private Reply createAddress(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validateAddress(body, "", true, v);
    v.throwIfAny();
    return Reply.data(addAddress(c.target, body));
  }

  private Reply updateAddress(Call c) {
    Map<String, Object> a = Store.byId(c.target.list("addresses"), c.param("addressId"), "Address");
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validateAddress(body, "", false, v);
    v.throwIfAny();
    Map<String, Object> fields = addressFields(body);
    if (Boolean.TRUE.equals(fields.get("is_default"))) {
      for (Map<String, Object> other : c.target.list("addresses")) {
        other.put("is_default", false);
      }
    }
    a.putAll(Json.copy(fields));
    a.put("updated_at", store.now());
    return Reply.data(a);
  }

  // ------------------------------------------------------------------------------------------------ identities

  private Map<String, Object> identityByHandle(Call c) {
    for (Map<String, Object> i : c.target.list("identities")) {
      if (c.param("handle").equals(i.get("handle"))) {
        return i;
      }
    }
    throw ApiException.notFound("Identity");
  }

  private Map<String, Object> identityById(Call c) {
    return Store.byId(c.target.list("identities"), c.param("identityId"), "Identity");
  }

  /** Handle unique per profile (the API addresses identities by handle); handle + identifier unique overall. */
  void validateIdentity(Store.Profile p, Map<String, Object> body, Map<String, Object> self, boolean creating,
      ApiException.Validation v) {
    if (creating) {
      Check.required(v, body, "handle");
      Check.required(v, body, "identifier");
    }
    Check.string(v, body, "handle", false);
    Check.scalar(v, body, "identifier", "identifier");
    if (!creating && body.containsKey("identifier") && body.get("identifier") == null) {
      v.add("identifier", "The identifier field is required.");
    }
    Check.bool(v, body, "is_active", false);
    Check.bool(v, body, "is_primary", false);
    if (!v.isEmpty()) {
      return;
    }
    String handle = body.get("handle") instanceof String ? (String) body.get("handle")
        : self == null ? null : (String) self.get("handle");
    Object identifierRaw = body.containsKey("identifier") ? body.get("identifier")
        : self == null ? null : self.get("identifier");
    String identifier = identifierRaw == null ? null : String.valueOf(identifierRaw);
    if (handle != null) {
      for (Map<String, Object> i : p.list("identities")) {
        if (i != self && handle.equals(i.get("handle"))) {
          v.add("handle", "The handle has already been taken.");
        }
      }
    }
    if (handle != null && identifier != null) {
      Store.Profile owner = store.profileByIdentity(handle, identifier);
      boolean sameRecord = owner == p && self != null && handle.equals(self.get("handle"))
          && identifier.equals(String.valueOf(self.get("identifier")));
      if (owner != null && !sameRecord) {
        v.add("identifier", "The identifier has already been taken.");
      }
    }
  }

  Map<String, Object> addIdentity(Store.Profile p, Map<String, Object> body) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("handle", body.get("handle"));
    fields.put("identifier", String.valueOf(body.get("identifier")));
    for (String f : Arrays.asList("is_active", "is_primary")) {
      if (body.containsKey(f)) {
        fields.put(f, Check.asBool(body.get(f)));
      }
    }
    Map<String, Object> i = Catalog.record(store, p, "identities", fields);
    p.list("identities").add(i);
    return i;
  }

  private Reply createIdentity(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validateIdentity(c.target, body, null, true, v);
    v.throwIfAny();
    return Reply.data(addIdentity(c.target, body));
  }

  private Reply updateIdentity(Call c, Map<String, Object> identity) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validateIdentity(c.target, body, identity, false, v);
    v.throwIfAny();
    if (body.get("handle") instanceof String) {
      identity.put("handle", body.get("handle"));
    }
    if (body.get("identifier") != null) {
      identity.put("identifier", String.valueOf(body.get("identifier")));
    }
    for (String f : Arrays.asList("is_active", "is_primary")) {
      if (body.containsKey(f)) {
        identity.put(f, Check.asBool(body.get(f)));
      }
    }
    identity.put("updated_at", store.now());
    return Reply.data(identity);
  }

  // ------------------------------------------------------------------------------------------------ regions

  private void validateRegionBody(Map<String, Object> body, boolean creating, ApiException.Validation v) {
    if (creating && Check.required(v, body, "region_id")) {
      Check.integer(v, body, "region_id", false);
      if (body.get("region_id") instanceof Long && !store.regions.containsKey(body.get("region_id"))) {
        v.add("region_id", "The selected region id is invalid.");
      }
    }
    Check.string(v, body, "country", true);
    Check.string(v, body, "state", true);
    Check.bool(v, body, "is_active", false);
  }

  private Reply addRegion(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validateRegionBody(body, true, v);
    v.throwIfAny();
    store.linkRegion(c.target, (Long) body.get("region_id"), body.get("country"), body.get("state"),
        body.get("is_active"));
    // facts §2.5: the answer lists all of the profile's regions.
    return Reply.data(store.renderRegions(c.target));
  }

  private Map<String, Object> linkedRegion(Call c) {
    Long id = Store.asLong(c.param("regionId"));
    Map<String, Object> link = id == null ? null : Store.regionLink(c.target, id);
    if (link == null) {
      throw ApiException.notFound("Region");
    }
    return link;
  }

  private Reply updateRegion(Call c) {
    Map<String, Object> link = linkedRegion(c);
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validateRegionBody(body, false, v);
    v.throwIfAny();
    for (String f : Arrays.asList("country", "state")) {
      if (body.containsKey(f)) {
        link.put(f, body.get(f));
      }
    }
    if (body.containsKey("is_active")) {
      link.put("is_active", Check.asBool(body.get("is_active")));
    }
    link.put("updated_at", store.now());
    return Reply.data(store.renderRegions(c.target));
  }

  private Reply deleteRegion(Call c) {
    c.target.regionLinks.remove(linkedRegion(c));
    return Reply.noContent(); // facts §2.5: SDK-T asserts 204
  }

  // ------------------------------------------------------------------------------------------------ lists

  /** A list by numeric id or by handle (facts §2.6, §6.12). */
  private Map<String, Object> list(Call c) {
    Map<String, Object> l = findList(c.target, c.param("list"));
    if (l == null) {
      throw ApiException.notFound("List");
    }
    return l;
  }

  static Map<String, Object> findList(Store.Profile p, String ref) {
    Long id = Store.asLong(ref);
    if (id != null) {
      for (Map<String, Object> l : p.list("lists")) {
        if (id.equals(l.get("id"))) {
          return l;
        }
      }
    }
    for (Map<String, Object> l : p.list("lists")) {
      if (ref.equals(l.get("handle"))) {
        return l;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> items(Map<String, Object> list) {
    Object items = list.get("items");
    if (!(items instanceof List)) {
      items = new ArrayList<>();
      list.put("items", items);
    }
    return (List<Map<String, Object>>) items;
  }

  void validateListBody(Store.Profile p, Map<String, Object> body, Map<String, Object> self, boolean creating,
      ApiException.Validation v) {
    if (creating) {
      Check.required(v, body, "name");
    }
    Check.string(v, body, "name", false);
    Check.string(v, body, "handle", false);
    for (String f : Arrays.asList("description", "custom_date", "staff_id")) {
      Check.string(v, body, f, true);
    }
    Check.integer(v, body, "sort_order", true);
    Check.integer(v, body, "list_definition_id", true);
    Check.integer(v, body, "location_id", true);
    if (body.get("location_id") instanceof Long && store.location(body.get("location_id")) == null) {
      v.add("location_id", "The selected location id is invalid.");
    }
    Check.bool(v, body, "update_items_only", true);
    Check.stringArray(v, body, "tags", true);
    Check.object(v, body, "meta", true);
    String handle = body.get("handle") instanceof String ? (String) body.get("handle")
        : creating && body.get("name") instanceof String ? slug((String) body.get("name")) : null;
    if (handle != null) {
      for (Map<String, Object> l : p.list("lists")) {
        if (l != self && handle.equals(l.get("handle"))) {
          v.add("handle", "The handle has already been taken.");
        }
      }
    }
    if (body.containsKey("items") && body.get("items") != null) {
      if (!(body.get("items") instanceof List)) {
        v.add("items", "The items field must be an array.");
      } else {
        List<?> l = (List<?>) body.get("items");
        for (int i = 0; i < l.size(); i++) {
          if (!(l.get(i) instanceof Map)) {
            v.add("items." + i, "The items." + i + " field must be an object.");
          } else {
            validateItem(Store.asMap(l.get(i)), "items." + i + ".", true, v);
          }
        }
      }
    }
  }

  Map<String, Object> addList(Store.Profile p, Map<String, Object> body) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String f : Arrays.asList("name", "description", "meta", "handle", "sort_order", "tags", "custom_fields",
        "custom_date", "list_definition_id", "location_id", "staff_id")) {
      if (body.containsKey(f)) {
        fields.put(f, body.get(f));
      }
    }
    if (!(fields.get("handle") instanceof String)) {
      fields.put("handle", slug(String.valueOf(body.get("name"))));
    }
    if (fields.get("tags") == null) {
      fields.put("tags", new ArrayList<>());
    }
    Map<String, Object> l = Catalog.record(store, p, "lists", fields);
    l.put("items", new ArrayList<>());
    p.list("lists").add(l);
    applyItems(l, body);
    return l;
  }

  /** ListInput.items: replace the items, or with update_items_only update matching ones (facts §3.4). */
  private void applyItems(Map<String, Object> list, Map<String, Object> body) {
    if (!(body.get("items") instanceof List)) {
      return;
    }
    List<Map<String, Object>> items = items(list);
    boolean updateOnly = Boolean.TRUE.equals(Check.asBool(body.get("update_items_only")));
    if (!updateOnly) {
      items.clear();
    }
    for (Object o : (List<?>) body.get("items")) {
      Map<String, Object> in = Store.asMap(o);
      Map<String, Object> existing = null;
      if (updateOnly) {
        for (Map<String, Object> it : items) {
          if ((in.get("product_variant_id") != null && in.get("product_variant_id").equals(it.get(
              "product_variant_id"))) || (in.get("product_variant_sku") != null && in.get("product_variant_sku")
                  .equals(it.get("product_variant_sku")))) {
            existing = it;
          }
        }
      }
      if (existing != null) {
        applyItemFields(existing, in);
      } else {
        items.add(newItem(list, in));
      }
    }
  }

  private Reply createList(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validateListBody(c.target, body, null, true, v);
    v.throwIfAny();
    return Reply.data(addList(c.target, body));
  }

  private Reply updateList(Call c) {
    Map<String, Object> l = list(c);
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validateListBody(c.target, body, l, false, v);
    v.throwIfAny();
    for (String f : Arrays.asList("name", "description", "meta", "handle", "sort_order", "tags", "custom_fields",
        "custom_date", "list_definition_id", "location_id", "staff_id")) {
      if (body.containsKey(f)) {
        l.put(f, Json.normalize(body.get(f)));
      }
    }
    if (body.containsKey("location_id")) {
      l.put("location", store.location(body.get("location_id")));
    }
    applyItems(l, body);
    l.put("updated_at", store.now());
    return Reply.data(l);
  }

  static void validateItem(Map<String, Object> body, String prefix, boolean creating, ApiException.Validation v) {
    for (String f : Arrays.asList("product_variant_sku", "product_variant_barcode", "external_id", "status",
        "source")) {
      Check.string(v, body, f, true, prefix + f);
    }
    for (String f : Arrays.asList("product_category_id", "product_variant_id", "product_id", "location_id",
        "position")) {
      Check.integer(v, body, f, true, Long.MIN_VALUE, Long.MAX_VALUE, prefix + f);
    }
    Check.integer(v, body, "quantity", false, 1, 1_000_000, prefix + "quantity");
    if (body.containsKey("meta") && body.get("meta") != null && !(body.get("meta") instanceof Map)) {
      v.add(prefix + "meta", "The meta field must be an object.");
    }
    if (creating) {
      boolean any = false;
      for (String f : Arrays.asList("product_variant_sku", "product_variant_barcode", "product_variant_id",
          "product_id", "product_category_id", "external_id")) {
        any |= body.get(f) != null;
      }
      if (!any) {
        v.add(prefix + "product_variant_id",
            "One of product_variant_sku, product_variant_barcode, product_variant_id, product_id, "
                + "product_category_id or external_id is required.");
      }
    }
  }

  private static final List<String> ITEM_FIELDS = Arrays.asList("product_variant_sku", "product_variant_barcode",
      "product_category_id", "product_variant_id", "product_id", "external_id", "quantity", "position", "status",
      "meta", "source", "location_id");

  Map<String, Object> newItem(Map<String, Object> list, Map<String, Object> in) {
    String now = store.now();
    Map<String, Object> it = Catalog.map("id", store.nextId("list_items"), "product_list_id", list.get("id"),
        "product_category", null, "product_variant", null, "product", null, "custom_product", null,
        "quantity", 1, "position", null, "status", null, "meta", null, "source", null, "location", null,
        "reservations", Catalog.list(), "created_at", now, "updated_at", now);
    applyItemFields(it, in);
    return it;
  }

  private void applyItemFields(Map<String, Object> it, Map<String, Object> in) {
    for (String f : ITEM_FIELDS) {
      if (in.containsKey(f)) {
        it.put(f, Json.normalize(in.get(f)));
      }
    }
    Object variantId = it.get("product_variant_id");
    Object sku = it.get("product_variant_sku");
    if (variantId != null || sku != null || it.get("product_variant_barcode") != null) {
      it.put("product_variant", Catalog.map("id", variantId, "product_id", it.get("product_id"), "sku", sku,
          "barcode", it.get("product_variant_barcode"), "title", sku != null ? "Product " + sku
              : "Product variant " + variantId, "price", null, "images", Catalog.list(), "tags", Catalog.list(),
          "options", Catalog.list()));
    }
    if (it.get("product_id") != null) {
      it.put("product", Catalog.map("id", it.get("product_id"), "title", "Product " + it.get("product_id"),
          "variants", Catalog.list()));
    }
    it.put("location", store.location(it.get("location_id")));
    it.put("updated_at", store.now());
  }

  private Reply createItem(Call c) {
    Map<String, Object> l = list(c);
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validateItem(body, "", true, v);
    if (body.get("location_id") instanceof Long && store.location(body.get("location_id")) == null) {
      v.add("location_id", "The selected location id is invalid.");
    }
    v.throwIfAny();
    Map<String, Object> it = newItem(l, body);
    items(l).add(it);
    l.put("updated_at", store.now());
    return Reply.data(it);
  }

  private Reply updateItem(Call c) {
    Map<String, Object> l = list(c);
    Map<String, Object> it = Store.byId(items(l), c.param("itemId"), "List item");
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validateItem(body, "", false, v);
    if (body.get("location_id") instanceof Long && store.location(body.get("location_id")) == null) {
      v.add("location_id", "The selected location id is invalid.");
    }
    v.throwIfAny();
    applyItemFields(it, body);
    l.put("updated_at", store.now());
    return Reply.data(it);
  }

  /** POST /lists/{list}/shares: a new share code each call (WEB, facts §2.6). */
  @SuppressWarnings("unchecked")
  private Reply shareList(Call c) {
    Map<String, Object> l = list(c);
    String now = store.now();
    Map<String, Object> share = Catalog.map("id", store.nextId("list_shares"), "product_list_id", l.get("id"),
        "handle", code(10), "created_at", now, "updated_at", now);
    if (!(l.get("shares") instanceof List)) {
      l.put("shares", new ArrayList<>());
    }
    ((List<Object>) l.get("shares")).add(share);
    l.put("is_shared", true);
    l.put("updated_at", now);
    return Reply.data(share);
  }

  // ------------------------------------------------------------------------------------------------ loyalty

  private Reply updateBenefit(Call c) {
    Map<String, Object> b = Store.byId(c.target.list("benefits"), c.param("benefitId"), "Benefit");
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    Check.string(v, body, "external_id", true);
    Check.string(v, body, "timezone", false);
    Check.object(v, body, "meta", true);
    Check.number(v, body, "value", true, "value");
    Check.timestamp(v, body, "expires_at", true);
    Check.timestamp(v, body, "issued_at", false);
    v.throwIfAny();
    for (String f : Arrays.asList("external_id", "timezone", "meta", "value", "expires_at", "issued_at")) {
      if (body.containsKey(f)) {
        b.put(f, Json.normalize(body.get(f)));
      }
    }
    b.put("updated_at", store.now());
    return Reply.data(store.renderExpiring(b));
  }

  private Reply redeemBenefit(Call c) {
    Map<String, Object> b = Store.byId(c.target.list("benefits"), c.param("benefitId"), "Benefit");
    if (!Boolean.TRUE.equals(store.renderExpiring(b).get("is_redeemable"))) {
      throw ApiException.invalid("benefit", "The benefit cannot be redeemed.");
    }
    b.put("redemptions_remaining", (long) Store.num(b.get("redemptions_remaining")) - 1);
    b.put("claimed_at", store.now());
    b.put("updated_at", store.now());
    return Reply.data(store.renderExpiring(b));
  }

  private Reply assignTier(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    if (Check.required(v, body, "tier")) {
      Check.string(v, body, "tier", false);
      if (body.get("tier") instanceof String && store.tierDefinition((String) body.get("tier")) == null) {
        v.add("tier", "The selected tier is invalid.");
      }
    }
    v.throwIfAny();
    c.target.assignedTier = (String) body.get("tier");
    c.target.assignedAt = store.now();
    return Reply.data(store.tierProgress(c.target));
  }

  // ------------------------------------------------------------------------------------------------ transactions

  /** A transaction as filters see it: {@code profile} carries the owner's email and identities (facts §3.13). */
  private Map<String, Object> filterView(Store.Profile p, Map<String, Object> t) {
    Map<String, Object> m = new LinkedHashMap<>(t);
    m.put("profile", Catalog.map("id", p.id, "email", p.fields.get("email"), "identities",
        new ArrayList<Object>(p.list("identities"))));
    return m;
  }

  private Reply findTransaction(Call c) {
    Map<String, String> filters = Query.filters(c.query);
    List<Map<String, Object>> txs = new ArrayList<>(c.target.list("transactions"));
    txs.sort((a, b) -> String.valueOf(b.get("transacted_at")).compareTo(String.valueOf(a.get("transacted_at"))));
    for (Map<String, Object> t : txs) {
      if (Query.matchesAll(filterView(c.target, t), filters)) {
        return Reply.data(t);
      }
    }
    throw ApiException.notFound("Transaction"); // facts §2.8: 404 when nothing matches
  }

  private Reply groupTransactions(Call c) {
    Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
    for (Map<String, Object> t : c.target.list("transactions")) {
      String key = t.get("order_number") != null ? "o:" + t.get("order_number") : "t:" + t.get("id");
      Map<String, Object> g = groups.get(key);
      if (g == null) {
        g = Catalog.map("order_number", t.get("order_number"), "transaction_id", t.get("id"),
            "number_transactions", 0, "latest_updated_at", t.get("updated_at"), "latest_transacted_at",
            t.get("transacted_at"));
        groups.put(key, g);
      }
      g.put("number_transactions", (Long) g.get("number_transactions") + 1);
      if (String.valueOf(t.get("transacted_at")).compareTo(String.valueOf(g.get("latest_transacted_at"))) >= 0) {
        g.put("latest_transacted_at", t.get("transacted_at"));
        g.put("transaction_id", t.get("id"));
      }
      if (String.valueOf(t.get("updated_at")).compareTo(String.valueOf(g.get("latest_updated_at"))) > 0) {
        g.put("latest_updated_at", t.get("updated_at"));
      }
    }
    List<Map<String, Object>> all = new ArrayList<>(groups.values());
    all.sort((a, b) -> String.valueOf(b.get("latest_transacted_at"))
        .compareTo(String.valueOf(a.get("latest_transacted_at"))));
    return Reply.raw(Query.flatPage(all, c.query, c.pathUrl()));
  }

  @SuppressWarnings("unchecked")
  private Reply unassignedItems(Call c) {
    boolean include = "1".equals(c.q("include_list_item")) || "true".equalsIgnoreCase(c.q("include_list_item"));
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> t : c.target.list("transactions")) {
      if (!(t.get("items") instanceof List)) {
        continue;
      }
      for (Object o : (List<Object>) t.get("items")) {
        Map<String, Object> it = new LinkedHashMap<>((Map<String, Object>) o);
        if (include) {
          it.put("list_item", null);
        }
        out.add(it);
      }
    }
    return page(c, out);
  }

  /** Products bought, one entry per product variant (facts §3.13 TransactionProductVariant). */
  @SuppressWarnings("unchecked")
  private Reply transactionProducts(Call c) {
    Map<String, List<String>> query = new LinkedHashMap<>(c.query);
    // Assumption (facts §6.16): filter[transacted_at] keeps transactions at or after the given time.
    String since = Query.first(query, "filter[transacted_at]");
    query.remove("filter[transacted_at]");
    Map<Object, Map<String, Object>> byVariant = new LinkedHashMap<>();
    for (Map<String, Object> t : c.target.list("transactions")) {
      if (Boolean.TRUE.equals(t.get("is_void")) || !(t.get("items") instanceof List)) {
        continue;
      }
      String at = String.valueOf(t.get("transacted_at"));
      if (since != null && at.compareTo(since) < 0) {
        continue;
      }
      for (Object o : (List<Object>) t.get("items")) {
        Map<String, Object> it = (Map<String, Object>) o;
        Object variantId = it.get("product_variant_id");
        Map<String, Object> pv = it.get("product_variant") instanceof Map
            ? (Map<String, Object>) it.get("product_variant") : new LinkedHashMap<>();
        Map<String, Object> e = byVariant.get(variantId);
        if (e == null) {
          e = Catalog.map("id", variantId, "countt", 0, "refund_qty", 0, "purchase_qty", 0,
              "latest_transacted_at", at, "product_id", it.get("product_id"), "product", null,
              "location_types", t.get("order_number") != null ? "online" : "store",
              "sku", pv.getOrDefault("sku", it.get("sku")), "external_id", pv.get("external_id"),
              "barcode", pv.get("barcode"), "web_url", null, "handle", null,
              "title", pv.getOrDefault("title", it.get("name")), "description", null, "position", 1,
              "price", pv.getOrDefault("price", it.get("price_sell")), "price_discounted", null,
              "price_comparison", null, "price_cost", null, "available_quantity", null, "images", Catalog.list(),
              "meta", null, "tags", Catalog.list(), "created_at", t.get("created_at"),
              "updated_at", t.get("updated_at"));
          byVariant.put(variantId, e);
        }
        long qty = (long) Store.num(it.getOrDefault("quantity", 1L));
        e.put("countt", (Long) e.get("countt") + 1);
        if (qty < 0) {
          e.put("refund_qty", (Long) e.get("refund_qty") - qty);
        } else {
          e.put("purchase_qty", (Long) e.get("purchase_qty") + qty);
        }
        if (at.compareTo(String.valueOf(e.get("latest_transacted_at"))) > 0) {
          e.put("latest_transacted_at", at);
        }
        e.put("product", Catalog.map("refund_qty", e.get("refund_qty"), "purchase_qty", e.get("purchase_qty")));
      }
    }
    List<Map<String, Object>> all = Query.sort(Query.filter(new ArrayList<>(byVariant.values()),
        Query.filters(query)), c.q("sort"));
    return Reply.raw(Query.page(all, c.query, c.pathUrl()));
  }

  // ------------------------------------------------------------------------------------------------ connections

  /**
   * {@code type=connector}: connections where the bound profile is the connector; {@code type=connected}: where
   * it is the connected side; no type: both (assumption, facts §2.8).
   */
  private Reply listConnections(Call c) {
    String type = c.q("type");
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> con : store.connectionsOf(c.target)) {
      boolean connector = c.target.id.equals(con.get("connector_id"));
      if (type == null || type.isEmpty() || ("connector".equals(type) && connector)
          || ("connected".equals(type) && !connector)) {
        out.add(store.renderConnection(con));
      }
    }
    List<Map<String, Object>> all = Query.sort(Query.filter(out, Query.filters(c.query)), c.q("sort"));
    return Reply.raw(Query.page(all, c.query, c.pathUrl()));
  }

  private Map<String, Object> connectionOf(Call c) {
    Long id = Store.asLong(c.param("connectionId"));
    Map<String, Object> con = id == null ? null : store.connections.get(id);
    if (con == null || !(c.target.id.equals(con.get("connector_id")) || c.target.id.equals(con.get("connected_id")))) {
      throw ApiException.notFound("Connection");
    }
    return con;
  }

  private Reply updateConnection(Call c) {
    Map<String, Object> con = connectionOf(c);
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    Check.string(v, body, "name", false);
    for (String f : Arrays.asList("description", "notes", "disconnected_by", "connected_at", "disconnected_at",
        "connection_definition_handle")) {
      Check.string(v, body, f, true);
    }
    Check.oneOf(v, body, "status", false, CONNECTION_STATUSES, "status");
    Check.integer(v, body, "sort_order", false);
    Check.object(v, body, "meta", true);
    for (String f : Arrays.asList("is_published", "is_default", "is_archived", "is_invalid", "is_primary")) {
      Check.bool(v, body, f, false);
    }
    v.throwIfAny();
    for (String f : Arrays.asList("name", "description", "notes", "disconnected_by", "connected_at",
        "disconnected_at", "status", "sort_order", "meta", "is_published", "is_default", "is_archived",
        "is_invalid", "is_primary")) {
      if (body.containsKey(f)) {
        con.put(f, Check.asBool(Json.normalize(body.get(f))));
      }
    }
    con.put("updated_at", store.now());
    return Reply.data(store.renderConnection(con));
  }

  /** The other side's ConnectionProfileData plus the definition's shareable attributes (facts §3.17). */
  @SuppressWarnings("unchecked")
  private Reply connectionProfileInfo(Call c) {
    Map<String, Object> con = connectionOf(c);
    String other = c.target.id.equals(con.get("connector_id")) ? (String) con.get("connected_id")
        : (String) con.get("connector_id");
    Store.Profile p = store.profile(other);
    if (p == null) {
      throw ApiException.notFound("Profile");
    }
    Map<String, Object> info = Store.connectionProfileData(p);
    Object def = con.get("definition");
    if (def instanceof Map && ((Map<String, Object>) def).get("shareable_attributes") instanceof List) {
      Map<String, Object> full = store.renderProfile(p);
      for (Object attr : (List<Object>) ((Map<String, Object>) def).get("shareable_attributes")) {
        if (attr instanceof String && full.containsKey(attr)) {
          info.put((String) attr, full.get(attr));
        }
      }
    }
    return Reply.data(info);
  }

  // ------------------------------------------------------------------------------------------------ locations

  private Reply listLocations(Call c) {
    List<Map<String, Object>> all = Query.sort(Query.filter(store.locations, Query.filters(c.query)), c.q("sort"));
    return Reply.raw(Query.page(all, c.query, c.pathUrl()));
  }

  private Reply getLocation(Call c) {
    return Reply.data(Store.byId(store.locations, c.param("locationId"), "Location"));
  }

  /** For the README and tests: how many routes (method + path) are served, both trees counted once each. */
  int routeCount() {
    return router.routes().size();
  }

  /** Removes every profile and connection (catalogues stay). */
  void reset() {
    store.profiles.clear();
    store.connections.clear();
  }
}
