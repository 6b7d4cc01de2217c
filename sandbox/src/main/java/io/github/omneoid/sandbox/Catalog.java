package io.github.omneoid.sandbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Built-in catalogue data: regions, tier definitions, locations, the connection definition. */
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
        "is_default", true, "currency", "AUD", "created_at", now, "updated_at", now));
    s.regions.put(2L, map("id", 2, "name", "New Zealand", "handle", "new-zealand", "countries", list(nz),
        "is_default", false, "currency", "NZD", "created_at", now, "updated_at", now));
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
          "meta", null, "region_id", null, "region", null, "created_at", now, "updated_at", now));
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
              "latitude", new BigDecimal((String) l[10]), "longitude", new BigDecimal((String) l[11]),
              "city", l[7], "postcode", l[9], "state", l[8], "country", "Australia", "notes", null)));
    }
  }

  /** Adds a location with defaults (normal hours Mon–Fri 9–17, Sat 10–16, Sun 10–15) and returns it. */
  static Map<String, Object> addLocation(Store s, Map<String, Object> input) {
    String now = s.now();
    long id = input.get("id") instanceof Long ? (Long) input.get("id") : s.nextId(Store.Counter.LOCATION);
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
      hours.add(map("id", s.nextId(Store.Counter.NORMAL_HOUR), "location_id", id, "day_of_week", days[i],
          "open_at", open, "close_at", close, "created_at", now, "updated_at", now));
    }
    m.put("normal_hours", hours);
    m.put("special_hours", list(map("id", s.nextId(Store.Counter.SPECIAL_HOUR), "location_id", id,
        "name", "Christmas Day", "is_repeating", true, "open_at", null, "close_at", null,
        "start_at", "2026-12-25 00:00:00", "end_at", "2026-12-25 23:59:59", "created_at", now, "updated_at", now)));
    m.put("created_at", now);
    m.put("updated_at", now);
    m.putAll(Json.copy(input));
    m.put("id", id);
    if (m.get("address") instanceof Map) {
      // A store's address is an Address record of its own (docs.omneo.io/api-reference/location/overview).
      Map<String, Object> a = map("id", s.nextId(Store.Counter.LOCATION_ADDRESS), "address_line_1", null,
          "address_line_2", null, "address_line_3", null, "company", null, "latitude", null, "longitude", null,
          "city", null, "postcode", null, "state", null, "country", null, "notes", null, "external_id", null,
          "is_default", false, "meta", list(), "custom_fields", list(), "created_at", now, "updated_at", now);
      a.putAll(Json.asMap(m.get("address")));
      m.put("address", a);
    }
    s.locations.add(m);
    return m;
  }

  // ------------------------------------------------------------------------------------------------ products

  /**
   * The product variant a list item names. The sandbox has no product catalogue: a variant named by sku or
   * barcode gets an id the first time (the same one afterwards), and every made-up variant costs 0.
   */
  static Map<String, Object> productVariant(Store s, Object id, Object sku, Object barcode, Object productId) {
    Object key = sku != null ? "sku:" + sku : barcode != null ? "barcode:" + barcode : null;
    long variantId = id instanceof Long ? (Long) id
        : s.variantIds.computeIfAbsent(String.valueOf(key), k -> 900_000L + s.nextId(Store.Counter.PRODUCT_VARIANT));
    String now = s.now();
    return map("id", variantId, "product_id", productId instanceof Long ? productId : variantId + 100_000L,
        "sku", sku != null ? sku : "SKU-" + variantId, "external_id", null, "barcode", barcode, "web_url", null,
        "handle", null, "title", sku != null ? "Product " + sku : "Product variant " + variantId,
        "description", null, "position", 1, "price", BigDecimal.ZERO, "price_discounted", null,
        "price_comparison", null, "price_cost", null, "available_quantity", null, "images", list(), "meta", null,
        "tags", list(), "options", list(), "created_at", now, "updated_at", now);
  }

  /** The product a list item names by id (made up, as {@link #productVariant} is). */
  static Map<String, Object> product(Store s, Object id) {
    String now = s.now();
    return map("id", id, "title", "Product " + id, "handle", "product-" + id, "external_id", null,
        "status", "active", "brand", null, "description", null, "web_url", null, "currency", "AUD",
        "position", 1, "images", list(), "systems", list(), "channels", list(), "tags", list(), "options", list(),
        "custom_fields", list(), "variants", list(), "created_at", now, "updated_at", now);
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
}
