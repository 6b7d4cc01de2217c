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
        m.putAll(map("linked_profile_id", null, "value_initial", pv, "value_remaining", pv,
            "value_initial_currency", null, "value_remaining_currency", null, "issued_at", now, "accrued_at", now,
            "expires_at", s.at(Duration.ofDays(365)), "status", "active", "definition", Definitions.point(now),
            "source_type", "transaction", "source", null, "rate", null, "description", null, "meta", null));
        break;
      case REWARDS:
        Object rv = input.getOrDefault("value_initial", input.getOrDefault("value", 10L));
        m.putAll(map("timezone", "Australia/Melbourne", "value_initial", rv, "value_remaining", rv,
            "has_notified_issue", null, "has_notified_expiry", null, "has_notified_extend", null,
            "expires_at", s.at(Duration.ofDays(90)), "issued_at", now, "issued_local_at", now, "is_expired", false,
            "is_active", true, "expires_local_at", null, "notify_issue_at", null, "notify_expiry_at", null,
            "extended_at", null, "definition", Definitions.reward(now, rv), "meta", null));
        break;
      case BENEFITS:
        m.putAll(map("external_id", null, "expires_at", s.at(Duration.ofDays(30)), "issued_at", now,
            "is_expired", false, "is_redeemable", true, "redemptions_remaining", 1,
            "total_global_redemptions_remaining", null, "definition", Definitions.benefit(now),
            "timezone", "Australia/Melbourne", "claimed_at", null, "meta", null, "redeem_code_pos", null,
            "redeem_code_online", null, "value", null, "combine_meta", null, "is_combined", false,
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
        m.putAll(map("status", "pending", "transaction_receipt_ref", "R" + m.get("id"),
            "transaction_transacted_at", now.substring(0, 10),
            "transaction_timezone", "Australia/Melbourne", "transaction_total", null,
            "transaction_location_external_code", null, "attempts", 0, "claimed_transaction_id", null,
            "claimed_at", null, "last_checked_at", null));
        break;
      case INTERACTIONS:
        // name and namespace are never null on the reference's interactions (docs.omneo.io/concepts/profiles/
        // interactions): a seed without them gets the action and "sandbox".
        m.putAll(map("identity", null, "action", "view", "channel", "website", "signal", 0,
            "name", input.getOrDefault("action", "view"), "namespace", "sandbox", "latitude", null,
            "longitude", null, "description", null, "url", null,
            "duration", null, "location_id", null, "location", null, "product_id", null, "staff_id", null,
            "product_category_id", null, "product_variant_id", null, "tags", list(), "interacted_at", now,
            "meta", map()));
        break;
      case LEDGERS:
        m.putAll(map("profile", map("id", p.id, "email", p.fields.get("email")), "type", "transaction",
            "type_attributes", null));
        break;
      case LISTS:
        m.putAll(map("list_definition_id", null, "name", null, "description", null, "meta", null, "handle", null,
            "sort_order", null,
            "items", list(), "is_shared", false, "shares", list(), "tags", list(), "custom_fields", list(),
            "definition", null, "custom_date", null, "location", null, "staff", null));
        break;
      case ACHIEVEMENTS:
        m.putAll(map("definition_id", 1, "count", 0, "definition", Definitions.achievement(now)));
        break;
      case CREDITS:
        Object cv = input.getOrDefault("value_initial", input.getOrDefault("value", 50L));
        m.putAll(map("creator_profile_id", null, "staff_id", null, "location_id", null, "name", "Gift card",
            "credit_definition_id", 1, "timezone", "Australia/Melbourne", "recipient_first_name", null,
            "recipient_email", null, "message", null, "issued_at", now, "expires_at", s.at(Duration.ofDays(1095)),
            "released_at", null, "extended_at", null, "value_initial", cv, "value_remaining", cv,
            "external_id", null, "external_namespace", null, "credit_number", String.valueOf(6280000000000000L
                + (Long) m.get("id")), "security_code", null, "source_id", null, "source_type", null,
            "locked", false, "lock_expires_at", null, "has_notified_issue", null, "has_notified_expiry", null,
            "has_notified_release", null, "has_notified_remind", null, "has_notified_extend", null, "meta", null,
            "is_imported", false, "is_system_generated", false, "definition", Definitions.credit(now)));
        break;
      case ORDERS:
        m.putAll(map("external_id", "ORDER-" + m.get("id"), "redemption", null,
            "profile", map("email", p.fields.get("email")), "location", null, "meta", null, "total", 0,
            "total_original", null, "systems", list(), "rounding", null, "margin", null, "is_void", false,
            "transacted_at", now, "timezone", "Australia/Melbourne", "tags", list(), "transactions", list(),
            "items", list(), "payments", list(), "receipt_is_email", false, "receipt_ref", null, "claimed_at", null,
            "receipt_email", null, "staff", null, "currency_id", null, "currency_rate", 1, "currency", "AUD",
            "type", "web", "status", "complete", "order_number", "WEB-" + m.get("id"), "due_date", null));
        break;
      case REDEMPTIONS:
        m.putAll(map("profile", redemptionProfile(p), "type", "redeem", "total", 0, "total_localised", 0,
            "meta", null, "location_id", null, "location", null, "transaction_id", null, "items", list(),
            "redeem_at", now));
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
    if (kind == Kind.TRANSACTIONS || kind == Kind.ORDERS) {
      finishTransaction(s, m);
    }
    if (kind == Kind.DATES) {
      fillDate(m);
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

  /** Who redeemed, as a redemption shows its profile. */
  static Map<String, Object> redemptionProfile(Store.Profile p) {
    Object first = p.fields.get("first_name");
    Object last = p.fields.get("last_name");
    Object statuses = p.fields.get("statuses");
    return map("first_name", first, "last_name", last, "full_name", (first + " " + last).trim(),
        "email", p.fields.get("email"), "statuses", statuses instanceof List ? Json.copyList((List<?>) statuses)
            : list());
  }

  /**
   * A date's strings are never null on the reference's dates (omneo-sdk src/types/profile/dates-attribute.ts; the
   * SDK's tests always send them): one left out gets the handle (a slug of the name, else {@code date-<id>}),
   * the name the handle, the type the handle, the description an empty string.
   */
  static void fillDate(Map<String, Object> d) {
    if (!(d.get("handle") instanceof String)) {
      d.put("handle", d.get("name") instanceof String ? ListRoutes.slug((String) d.get("name"))
          : "date-" + d.get("id"));
    }
    for (String f : new String[] {"name", "type"}) {
      if (!(d.get(f) instanceof String)) {
        d.put(f, d.get("handle"));
      }
    }
    if (!(d.get("description") instanceof String)) {
      d.put("description", "");
    }
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
