package io.github.omneoid.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Built-in catalogue data (regions, tier definitions, locations) and the defaults of seeded records. */
final class Catalog {
  private Catalog() {}

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], Json.normalize(kv[i + 1]));
    }
    return m;
  }

  static List<Object> list(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }

  // ------------------------------------------------------------------------------------------------ catalogues

  static void seedRegions(Store s) {
    String now = s.now();
    Map<String, Object> vic = map("id", "AU-VIC", "name", "Victoria", "type", "state", "iso", "VIC",
        "iso_2_country", "AU", "iso_2_country_state_code", "AU-VIC", "sort_order", 1, "created_at", now,
        "updated_at", now);
    Map<String, Object> nsw = map("id", "AU-NSW", "name", "New South Wales", "type", "state", "iso", "NSW",
        "iso_2_country", "AU", "iso_2_country_state_code", "AU-NSW", "sort_order", 2, "created_at", now,
        "updated_at", now);
    Map<String, Object> au = map("id", 36, "name", "Australia", "iso_2", "AU", "iso_3", "AUS", "iso_numeric", "036",
        "sort_order", 1, "states", list(vic, nsw), "created_at", now, "updated_at", now);
    Map<String, Object> nz = map("id", 554, "name", "New Zealand", "iso_2", "NZ", "iso_3", "NZL",
        "iso_numeric", "554", "sort_order", 2, "states", list(), "created_at", now, "updated_at", now);
    s.regions.put(1L, map("id", 1, "name", "Australia", "handle", "australia", "countries", list(au),
        "is_default", true, "created_at", now, "updated_at", now));
    s.regions.put(2L, map("id", 2, "name", "New Zealand", "handle", "new-zealand", "countries", list(nz),
        "is_default", false, "created_at", now, "updated_at", now));
  }

  static void seedTiers(Store s) {
    String now = s.now();
    Object[][] tiers = {
        {1, "Bronze", "bronze", true, 0, 0},
        {2, "Silver", "silver", false, 500, 400},
        {3, "Gold", "gold", false, 1500, 1200}};
    for (Object[] t : tiers) {
      s.tierDefinitions.add(map("id", t[0], "name", t[1], "handle", t[2], "is_floor", t[3], "value_min", t[4],
          "value_maintain", t[5], "is_assignable", true, "internal_notes", null,
          "description", t[1] + " tier", "short_description", t[1], "long_description", null,
          "terms_conditions", null, "icon", null, "image_url", null,
          "earn_instructions", "Spend $" + t[4] + " in 12 months", "disable_credit", false, "tags", list(),
          "meta", null, "created_at", now, "updated_at", now));
    }
  }

  /** Four stores: two open, one permanently closed, one unpublished. */
  static void seedLocations(Store s) {
    Object[][] locs = {
        {"Melbourne Central", "melbourne-central", "store", true, false, "Australia/Melbourne",
            "211 La Trobe St", "Melbourne", "VIC", "3000", "-37.8102", "144.9628"},
        {"Sydney Pitt St", "sydney-pitt-st", "store", true, false, "Australia/Sydney",
            "188 Pitt St", "Sydney", "NSW", "2000", "-33.8696", "151.2083"},
        {"Brisbane Queen St", "brisbane-queen-st", "store", true, true, "Australia/Brisbane",
            "160 Queen St", "Brisbane", "QLD", "4000", "-27.4689", "153.0262"},
        {"Online Warehouse", "online-warehouse", "warehouse", false, false, "Australia/Melbourne",
            "1 Dock Rd", "Port Melbourne", "VIC", "3207", "-37.8380", "144.9290"}};
    for (Object[] l : locs) {
      addLocation(s, map("name", l[0], "handle", l[1], "type", l[2], "is_published", l[3],
          "is_permanently_closed", l[4], "timezone", l[5],
          "address", map("address_line_1", l[6], "address_line_2", null, "address_line_3", null, "company", null,
              "city", l[7], "state", l[8], "postcode", l[9], "country", "Australia", "iso", "AU",
              "iso_state", l[8], "latitude", Double.parseDouble((String) l[10]),
              "longitude", Double.parseDouble((String) l[11]), "notes", null)));
    }
  }

  /** Adds a location with defaults (normal hours Mon–Fri 9–17, Sat 10–16, Sun 10–15) and returns it. */
  static Map<String, Object> addLocation(Store s, Map<String, Object> input) {
    String now = s.now();
    long id = input.get("id") instanceof Long ? (Long) input.get("id") : s.nextId("location");
    Map<String, Object> m = map("id", id, "type", "store", "name", null, "description", null, "phone", "03 9000 0000",
        "email", "store" + id + "@example.com", "timezone", "Australia/Melbourne", "external_id", "LOC-" + id,
        "external_code", "L" + id, "handle", "location-" + id, "is_published", true, "is_permanently_closed", false,
        "address", null, "tags", list(), "custom_fields", list(), "icon", null, "image_url", null,
        "country_iso_3", "AUS", "departments", list());
    List<Object> hours = new ArrayList<>();
    String[] days = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
    for (int i = 0; i < days.length; i++) {
      String open = i < 5 ? "09:00" : "10:00";
      String close = i < 5 ? "17:00" : i == 5 ? "16:00" : "15:00";
      hours.add(map("id", s.nextId("normal_hour"), "location_id", id, "day_of_week", days[i], "open_at", open,
          "close_at", close, "created_at", now, "updated_at", now));
    }
    m.put("normal_hours", hours);
    m.put("special_hours", list(map("id", s.nextId("special_hour"), "location_id", id, "name", "Christmas Day",
        "is_repeating", true, "open_at", null, "close_at", null, "start_at", "2026-12-25 00:00:00",
        "end_at", "2026-12-25 23:59:59", "created_at", now, "updated_at", now)));
    m.put("created_at", now);
    m.put("updated_at", now);
    m.putAll(Json.copy(input));
    m.put("id", id);
    s.locations.add(m);
    return m;
  }

  static Map<String, Object> connectionDefinition(Store s) {
    String now = s.now();
    return map("id", 1, "name", "Family", "handle", "family", "short_description", "Family members", "icon", null,
        "cover", null, "internal_notes", null, "type", "family", "tenant", "sandbox", "start_date_global", null,
        "end_date_global", null, "end_date_duration", null, "meta", null,
        "shareable_attributes", list("first_name", "last_name", "email", "birth_day", "birth_month", "birth_year"),
        "connector_condition", null, "connected_condition", null, "connector_can_break", true,
        "connected_can_break", true, "is_published", true, "is_pending", false, "is_archived", false,
        "created_at", now, "updated_at", now);
  }

  // ------------------------------------------------------------------------------------------------ records

  /** Fills the defaults of a record of one of the per-profile collections (seeding and API creation). */
  static Map<String, Object> record(Store s, Store.Profile p, String collection, Map<String, Object> input) {
    String now = s.now();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.nextId(collection));
    if (!collection.equals("ledgers")) {
      m.put("profile_id", p.id);
    }
    switch (collection) {
      case "addresses":
        m.putAll(map("address_line_1", null, "address_line_2", null, "address_line_3", null, "company", null,
            "is_default", false, "latitude", null, "longitude", null, "city", null, "state", null, "postcode", null,
            "country", null, "iso", null, "iso_state", null, "notes", null, "external_id", null, "meta", null));
        break;
      case "identities":
        m.putAll(map("merged_from", null, "is_primary", false, "is_active", true, "identifier", null,
            "handle", null));
        break;
      case "dates":
        m.putAll(map("type", null, "date", null, "is_recurring", true, "recurring_schedule", "Yearly", "name", null,
            "handle", null, "relationship", "Me", "description", null, "meta", null, "note", null));
        break;
      case "points":
        Object pv = input.getOrDefault("value_initial", input.getOrDefault("value", 0L));
        m.putAll(map("linked_profile_id", null, "value_initial", pv, "value_remaining", pv, "issued_at", now,
            "expires_at", s.at(Duration.ofDays(365)), "definition", map("id", 1, "name", "Points", "handle",
                "points", "description", null, "notes", null, "is_reassignable", false, "tags", list(),
                "created_at", now, "updated_at", now),
            "source_type", "transaction", "source", map(), "rate", 1, "description", null, "meta", null));
        break;
      case "rewards":
        Object rv = input.getOrDefault("value_initial", input.getOrDefault("value", 10L));
        m.putAll(map("timezone", "Australia/Melbourne", "value_initial", rv, "value_remaining", rv,
            "has_notified_issue", null, "has_notified_expiry", null, "has_notified_extend", null,
            "expires_at", s.at(Duration.ofDays(90)), "issued_at", now, "issued_local_at", now, "is_expired", false,
            "is_active", true, "expires_local_at", null, "notify_issue_at", null, "notify_expiry_at", null,
            "extended_at", null, "definition", map("id", 1, "name", "$10 Reward", "handle", "reward-10",
                "period", 90, "period_type", "days", "absolute_expiry", null, "value", rv, "max_value", null,
                "type", "spend", "is_extendable", false, "is_assignable", true, "is_reassignable", false,
                "is_published", true, "extend_days", 0, "description", null, "short_description", null,
                "long_description", null, "terms_conditions", null, "earn_instructions", null, "icon", null,
                "image_url", null, "internal_notes", null, "tags", list(), "created_at", now, "updated_at", now),
            "meta", null));
        break;
      case "benefits":
        m.putAll(map("external_id", null, "expires_at", s.at(Duration.ofDays(30)), "issued_at", now,
            "is_expired", false, "is_redeemable", true, "redemptions_remaining", 1,
            "total_global_redemptions_remaining", null, "definition", map("id", "1", "name", "Birthday coffee",
                "handle", "birthday-coffee", "period", 30, "period_type", "days", "max_redemptions", 1,
                "allow_user_redeem", true, "is_published", true, "tags", list(), "created_at", now,
                "updated_at", now),
            "timezone", "Australia/Melbourne", "claimed_at", null, "meta", null, "redeem_code_pos", null,
            "redeem_code_online", null, "value", null, "combine_meta", null, "is_combined", null,
            "extended_at", null));
        break;
      case "transactions":
        m.putAll(map("external_id", "TX-" + m.get("id"), "profile", map("email", p.fields.get("email")),
            "redemption", null, "staff", null, "total", 0, "total_original", null, "total_converted", null,
            "rounding", null, "margin", null, "currency_id", null, "currency_rate", null, "currency", "AUD",
            "currency_values", list(), "is_void", false, "transacted_at", now, "timezone", "Australia/Melbourne",
            "receipt_is_email", false, "claimed_at", null, "systems", list(), "tags", list(), "items", list(),
            "payments", list(), "receipt_ref", "R" + m.get("id"), "receipt_email", null, "type", "sale",
            "status", "complete", "order_number", null, "order_id", null, "external_order_id", null,
            "need_action", null, "meta", map(), "custom_fields", map()));
        break;
      case "transaction_claims":
        m.putAll(map("status", "pending", "transaction_receipt_ref", null, "transaction_transacted_at", null,
            "transaction_timezone", "Australia/Melbourne", "transaction_total", null,
            "transaction_location_external_code", null, "attempts", 0, "claimed_transaction_id", null,
            "claimed_at", null, "last_checked_at", null));
        break;
      case "interactions":
        m.putAll(map("identity", null, "action", "view", "channel", "website", "signal", 0, "name", null,
            "namespace", null, "latitude", null, "longitude", null, "description", null, "url", null,
            "duration", null, "location_id", null, "location", null, "product_id", null, "staff_id", null,
            "product_category_id", null, "product_variant_id", null, "tags", list(), "interacted_at", now,
            "meta", map()));
        break;
      case "ledgers":
        m.putAll(map("profile", map("id", p.id, "email", p.fields.get("email")), "type", "transaction",
            "type_attributes", null));
        break;
      case "lists":
        m.putAll(map("name", null, "description", null, "meta", null, "handle", null, "sort_order", null,
            "items", list(), "is_shared", false, "shares", list(), "tags", list(), "custom_fields", list(),
            "definition", null, "custom_date", null, "location", null, "staff", null));
        break;
      default:
        break;
    }
    m.putAll(Json.copy(input));
    if (m.get("id") == null) {
      m.put("id", s.nextId(collection));
    }
    if (!collection.equals("ledgers")) {
      m.put("profile_id", p.id);
    }
    m.putIfAbsent("created_at", now);
    m.putIfAbsent("updated_at", now);
    if (collection.equals("transactions")) {
      finishTransaction(s, m);
    }
    if (collection.equals("transaction_claims") && m.get("transaction_total") instanceof Number) {
      // SDK-T: a total sent as 49.99 comes back as the string "49.99" (facts §3.14).
      m.put("transaction_total", String.valueOf(m.get("transaction_total")));
    }
    if (m.get("location_id") instanceof Long && m.get("location") == null) {
      m.put("location", s.location(m.get("location_id")));
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private static void finishTransaction(Store s, Map<String, Object> t) {
    if (t.get("location_id") instanceof Long) {
      t.put("location", s.location(t.get("location_id")));
    }
    t.putIfAbsent("location", null);
    List<Object> items = t.get("items") instanceof List ? (List<Object>) t.get("items") : new ArrayList<>();
    List<Object> filled = new ArrayList<>();
    for (Object o : items) {
      if (!(o instanceof Map)) {
        continue;
      }
      Map<String, Object> in = (Map<String, Object>) o;
      long itemId = s.nextId("transaction_items");
      Object variantId = in.getOrDefault("product_variant_id", itemId + 5000);
      Object price = in.getOrDefault("price_sell", in.getOrDefault("price_current", 0L));
      Map<String, Object> it = map("id", itemId, "external_id", null, "name", "Item " + itemId,
          "transaction_id", t.get("id"), "product_id", in.getOrDefault("product_id", itemId + 9000),
          "product", map("title", in.getOrDefault("name", "Item " + itemId), "department", null, "brand", null),
          "product_variant_id", variantId,
          "product_variant", map("id", variantId, "sku", in.getOrDefault("sku", "SKU-" + variantId),
              "title", in.getOrDefault("name", "Item " + itemId), "price", price),
          "sku", "SKU-" + variantId, "variant_external_id", null, "is_void", false, "quantity", 1,
          "price_current", price, "price_sell", price, "price_original", price, "price_margin", null,
          "price_tax", null, "discounts", null, "department", null, "product_images", list(), "order_id", null,
          "pivot", list(), "transaction", map("transacted_at", t.get("transacted_at"), "receipt_ref",
              t.get("receipt_ref"), "external_id", t.get("external_id")),
          "meta", map(), "created_at", t.get("created_at"), "updated_at", t.get("updated_at"));
      it.putAll(in);
      it.put("id", itemId);
      it.put("transaction_id", t.get("id"));
      filled.add(it);
    }
    t.put("items", filled);
  }
}
