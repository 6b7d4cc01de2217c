package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.Catalog.list;
import static io.github.omneoid.sandbox.Catalog.map;

import java.time.Duration;
import java.util.Map;

/** The demo story's data: Jane (loyalty data, wishlist) connected to her son Sam. */
final class DemoData {
  static final String DEMO_EMAIL = "jane.citizen@example.com";
  static final String DEMO_HANDLE = "magento_id";
  static final String DEMO_IDENTIFIER = "1004993MH";

  private DemoData() {}

  static Map<String, Object> seed(OmneoIdSandbox s) {
    String now = Store.TS.format(s.clock().instant());
    String monthAgo = Store.TS.format(s.clock().instant().minus(Duration.ofDays(30)));
    String weekAgo = Store.TS.format(s.clock().instant().minus(Duration.ofDays(7)));
    Map<String, Object> jane = s.seedProfile(map(
        "email", DEMO_EMAIL, "first_name", "Jane", "last_name", "Citizen", "gender", "female",
        "mobile_phone", "+61400000001", "birth_day", 14, "birth_month", 3, "birth_year", 1990,
        "joined_location_id", 1, "preferred_location_id", 1, "tags", list("vip"),
        "attributes", map("comms", map("email_promo", true, "sms_promo", false),
            "dates", list(map("date", "2015-06-20", "handle", "anniversary", "name", "Wedding anniversary",
                "relationship", "Me"))),
        "identities", list(map("handle", DEMO_HANDLE, "identifier", DEMO_IDENTIFIER),
            map("handle", "shopify", "identifier", "7001")),
        "addresses", list(map("address_line_1", "1 Collins St", "city", "Melbourne", "state", "VIC",
            "postcode", "3000", "country", "Australia", "iso", "AU", "is_default", true)),
        "regions", list(map("region_id", 1, "country", "AU", "state", "VIC")),
        "custom_attributes", list(map("namespace", "loyalty", "handle", "favourite_colour", "type", "string",
            "value", "teal")),
        "rewards", list(map("value_initial", 10, "value_remaining", 10), map("value_initial", 5, "value_remaining", 5)),
        "points", list(map("value_initial", 1250, "value_remaining", 1250)),
        "benefits", list(map("external_id", "BDAY-2026")),
        "transactions", list(
            map("total", 129.95, "transacted_at", monthAgo, "location_id", 1, "receipt_ref", "MEL-1001",
                "items", list(map("name", "Linen shirt", "product_variant_id", 501, "sku", "LS-01",
                    "price_sell", 129.95, "quantity", 1))),
            map("total", 59.5, "transacted_at", weekAgo, "order_number", "WEB-2002", "receipt_ref", "WEB-2002",
                "items", list(map("name", "Socks (3 pack)", "product_variant_id", 502, "sku", "SK-03",
                    "price_sell", 29.75, "quantity", 2)))),
        "transaction_claims", list(map("transaction_receipt_ref", "SYD-3003", "transaction_transacted_at",
            weekAgo.substring(0, 10), "transaction_total", 42.0, "transaction_location_external_code", "L2")),
        "interactions", list(map("action", "visit", "channel", "location", "name", "Store visit",
            "location_id", 1, "interacted_at", now)),
        "lists", list(map("name", "Wishlist", "handle", "wishlist", "items",
            list(map("product_variant_id", 777, "product_variant_sku", "DRESS-RED-10", "quantity", 1))))));
    Map<String, Object> sam = s.seedProfile(map("email", "sam.citizen@example.com", "first_name", "Sam",
        "last_name", "Citizen", "birth_day", 2, "birth_month", 9, "birth_year", 2012));
    s.seedConnection((String) jane.get("id"), (String) sam.get("id"), map("name", "Son", "description",
        "Jane's son"));
    return s.profile((String) jane.get("id")).orElseThrow(IllegalStateException::new);
  }
}
