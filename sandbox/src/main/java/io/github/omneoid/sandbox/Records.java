package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.Catalog.list;
import static io.github.omneoid.sandbox.Catalog.map;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The defaults of each kind of per-profile record, for seeding and for records the API creates. */
final class Records {
  private Records() {}

  /**
   * A new record of one kind for a profile: the kind's defaults, then the input over them, then a fresh id (unless
   * the input brings one), {@code profile_id} and timestamps. Not yet added to the profile's list.
   */
  static Map<String, Object> create(Store s, Store.Profile p, Kind kind, Map<String, Object> input) {
    String now = s.now();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.nextId(kind));
    if (kind != Kind.LEDGERS) {
      m.put("profile_id", p.id);
    }
    switch (kind) {
      case ADDRESSES:
        m.putAll(map("address_line_1", null, "address_line_2", null, "address_line_3", null, "company", null,
            "is_default", false, "latitude", null, "longitude", null, "city", null, "state", null, "postcode", null,
            "country", null, "iso", null, "iso_state", null, "notes", null, "external_id", null, "meta", null));
        break;
      case IDENTITIES:
        m.putAll(map("merged_from", null, "is_primary", false, "is_active", true, "identifier", null,
            "handle", null));
        break;
      case DATES:
        m.putAll(map("type", null, "date", null, "is_recurring", true, "recurring_schedule", "Yearly", "name", null,
            "handle", null, "relationship", "Me", "description", null, "meta", null, "note", null));
        break;
      case POINTS:
        Object pv = input.getOrDefault("value_initial", input.getOrDefault("value", 0L));
        m.putAll(map("linked_profile_id", null, "value_initial", pv, "value_remaining", pv, "issued_at", now,
            "expires_at", s.at(Duration.ofDays(365)), "definition", map("id", 1, "name", "Points", "handle",
                "points", "description", null, "notes", null, "is_reassignable", false, "tags", list(),
                "created_at", now, "updated_at", now),
            "source_type", "transaction", "source", map(), "rate", 1, "description", null, "meta", null));
        break;
      case REWARDS:
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
      case BENEFITS:
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
      case TRANSACTIONS:
        m.putAll(map("external_id", "TX-" + m.get("id"), "profile", map("email", p.fields.get("email")),
            "redemption", null, "staff", null, "total", 0, "total_original", null, "total_converted", null,
            "rounding", null, "margin", null, "currency_id", null, "currency_rate", null, "currency", "AUD",
            "currency_values", list(), "is_void", false, "transacted_at", now, "timezone", "Australia/Melbourne",
            "receipt_is_email", false, "claimed_at", null, "systems", list(), "tags", list(), "items", list(),
            "payments", list(), "receipt_ref", "R" + m.get("id"), "receipt_email", null, "type", "sale",
            "status", "complete", "order_number", null, "order_id", null, "external_order_id", null,
            "need_action", null, "meta", map(), "custom_fields", map()));
        break;
      case TRANSACTION_CLAIMS:
        m.putAll(map("status", "pending", "transaction_receipt_ref", null, "transaction_transacted_at", null,
            "transaction_timezone", "Australia/Melbourne", "transaction_total", null,
            "transaction_location_external_code", null, "attempts", 0, "claimed_transaction_id", null,
            "claimed_at", null, "last_checked_at", null));
        break;
      case INTERACTIONS:
        m.putAll(map("identity", null, "action", "view", "channel", "website", "signal", 0, "name", null,
            "namespace", null, "latitude", null, "longitude", null, "description", null, "url", null,
            "duration", null, "location_id", null, "location", null, "product_id", null, "staff_id", null,
            "product_category_id", null, "product_variant_id", null, "tags", list(), "interacted_at", now,
            "meta", map()));
        break;
      case LEDGERS:
        m.putAll(map("profile", map("id", p.id, "email", p.fields.get("email")), "type", "transaction",
            "type_attributes", null));
        break;
      case LISTS:
        m.putAll(map("name", null, "description", null, "meta", null, "handle", null, "sort_order", null,
            "items", list(), "is_shared", false, "shares", list(), "tags", list(), "custom_fields", list(),
            "definition", null, "custom_date", null, "location", null, "staff", null));
        break;
      default:
        break;
    }
    m.putAll(Json.copy(input));
    if (m.get("id") == null) {
      m.put("id", s.nextId(kind));
    }
    if (kind != Kind.LEDGERS) {
      m.put("profile_id", p.id);
    }
    m.putIfAbsent("created_at", now);
    m.putIfAbsent("updated_at", now);
    if (kind == Kind.TRANSACTIONS) {
      finishTransaction(s, m);
    }
    if (kind == Kind.TRANSACTION_CLAIMS && m.get("transaction_total") instanceof Number) {
      // A total sent as 49.99 comes back as the string "49.99" (omneo-sdk integration tests, src/tests/integration).
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
      long itemId = s.nextId(Store.Counter.TRANSACTION_ITEM);
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
