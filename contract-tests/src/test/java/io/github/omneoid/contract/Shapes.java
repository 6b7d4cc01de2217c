package io.github.omneoid.contract;

import static io.github.omneoid.contract.Contract.DATE;
import static io.github.omneoid.contract.Contract.DECIMAL_STRING;
import static io.github.omneoid.contract.Contract.DIGITS_STRING;
import static io.github.omneoid.contract.Contract.FLAG_STRING;
import static io.github.omneoid.contract.Contract.PROFILE_ID;
import static io.github.omneoid.contract.Contract.STRING_OR_NUMBER_ID;
import static io.github.omneoid.contract.Contract.TIMESTAMP;
import static io.github.omneoid.contract.Contract.TIMESTAMP_EXAMPLE;
import static io.github.omneoid.contract.Interactions.timestamps;

import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import java.util.function.Consumer;

/**
 * The resources as the client reads them (spec components): the fields the client's models and callers rely on,
 * matched by type (ids, numbers, names) or by regex (timestamps, dates, amounts), never by the example's value.
 * Fields the sources leave null by default are left out, so a provider is not held to an example's value. Every
 * property named here is one the spec declares, in a form it declares: amounts and some counts are strings, as
 * the reference's examples send them ({@code "reward_balance": "10.00"}; spec {@code x-omneo-also}).
 */
final class Shapes {

  private Shapes() {
  }

  static final Consumer<LambdaDslObject> PROFILE = o -> {
    o.stringType("id", PROFILE_ID);
    o.stringType("first_name", "Jane");
    o.stringType("last_name", "Citizen");
    o.stringType("email", "jane.citizen@example.com");
    o.stringType("profile_type", "active");
    o.object("attributes", a -> a.object("comms", c -> c.booleanType("email_promo", true)));
    timestamps(o);
  };

  static final Consumer<LambdaDslObject> COMMS = o -> {
    o.stringType("profile_id", PROFILE_ID);
    o.booleanType("email_promo", true);
    o.booleanType("email_optout", false);
  };

  static final Consumer<LambdaDslObject> APPEARANCE = o -> {
    o.stringType("profile_id", PROFILE_ID);
    o.stringMatcher("updated_at", TIMESTAMP, TIMESTAMP_EXAMPLE);
  };

  static final Consumer<LambdaDslObject> CUSTOM_ATTRIBUTE = o -> {
    o.integerType("id", 31);
    o.stringType("profile_id", PROFILE_ID);
    o.stringType("namespace", "loyalty");
    o.stringType("handle", "favourite_store");
    o.stringType("type", "string");
    o.stringType("value", "Melbourne Central");
    timestamps(o);
  };

  static final Consumer<LambdaDslObject> DATE_ATTRIBUTE = o -> {
    o.integerType("id", 41);
    o.stringType("profile_id", PROFILE_ID);
    o.stringMatcher("date", DATE, "2019-05-17");
    o.stringType("handle", "anniversary");
    o.stringType("relationship", "Me");
    o.booleanType("is_recurring", true);
    timestamps(o);
  };

  static final Consumer<LambdaDslObject> ADDRESS = o -> {
    o.stringMatcher("id", STRING_OR_NUMBER_ID, "12");
    o.stringType("address_line_1", "211 La Trobe St");
    o.stringType("city", "Melbourne");
    o.stringType("state", "VIC");
    o.stringType("postcode", "3000");
    o.stringType("country", "Australia");
    o.booleanType("is_default", true);
    timestamps(o);
  };

  static final Consumer<LambdaDslObject> IDENTITY = o -> {
    o.integerType("id", 21);
    o.stringType("profile_id", PROFILE_ID);
    o.stringType("handle", "magento_id");
    o.stringType("identifier", "1004993MH");
    o.booleanType("is_primary", false);
    o.booleanType("is_active", true);
    timestamps(o);
  };

  static final Consumer<LambdaDslObject> REGION = o -> {
    o.integerType("id", 1);
    o.stringType("name", "Australia");
    o.stringType("handle", "australia");
    o.booleanType("is_active", true);
    o.booleanType("is_default", true);
  };

  static final Consumer<LambdaDslObject> LIST = o -> {
    o.integerType("id", 51);
    o.stringType("profile_id", PROFILE_ID);
    o.stringType("name", "Wishlist");
    o.stringType("handle", "wishlist");
    o.booleanType("is_shared", false);
    timestamps(o);
  };

  static final Consumer<LambdaDslObject> LIST_ITEM = o -> {
    o.integerType("id", 61);
    o.integerType("product_list_id", 51);
    o.integerType("quantity", 1);
    timestamps(o);
  };

  /** Balances as docs.omneo.io/api-reference/profile-balance shows them: amounts as strings. */
  static final Consumer<LambdaDslObject> BALANCES = o -> {
    o.stringMatcher("reward_balance", DECIMAL_STRING, "10.00");
    o.stringMatcher("point_balance", DECIMAL_STRING, "1250.00");
    o.stringMatcher("point_balance_dollars", DECIMAL_STRING, "12.50");
    o.stringMatcher("combined_balance_dollars", DECIMAL_STRING, "22.50");
    o.integerType("benefit_balance", 1);
  };

  static final Consumer<LambdaDslObject> POINT = o -> {
    o.integerType("id", 71);
    o.stringMatcher("value_initial", DECIMAL_STRING, "1250.00");
    o.stringMatcher("value_remaining", DECIMAL_STRING, "1250.00");
    o.stringMatcher("issued_at", TIMESTAMP, TIMESTAMP_EXAMPLE);
    o.stringMatcher("expires_at", TIMESTAMP, "2027-01-01 09:30:00");
  };

  static final Consumer<LambdaDslObject> REWARD = o -> {
    o.integerType("id", 81);
    o.stringMatcher("value_initial", DECIMAL_STRING, "10.00");
    o.stringMatcher("value_remaining", DECIMAL_STRING, "10.00");
    o.booleanType("is_expired", false);
    o.stringMatcher("expires_at", TIMESTAMP, "2026-04-01 09:30:00");
    o.object("definition", d -> d.stringType("name", "$10 Reward"));
  };

  /** A benefit as docs.omneo.io/api-reference/profile-benefit shows it: flags and counts as strings. */
  static final Consumer<LambdaDslObject> BENEFIT = o -> {
    o.integerType("id", 91);
    o.stringMatcher("is_redeemable", FLAG_STRING, "1");
    o.stringMatcher("redemptions_remaining", DIGITS_STRING, "1");
    o.stringMatcher("expires_at", TIMESTAMP, "2026-02-01 09:30:00");
    o.object("definition", d -> d.stringType("name", "Birthday coffee"));
  };

  static final Consumer<LambdaDslObject> TIER_PROGRESS = o -> {
    o.integerType("id", 5);
    o.stringType("profile_id", PROFILE_ID);
    o.object("current_tier", t -> {
      t.stringType("name", "Bronze");
      t.stringType("handle", "bronze");
    });
    o.numberType("current_credit", 120.5);
  };

  /** Aggregations as docs.omneo.io/api-reference/profile-aggregation shows them: figures as strings. */
  static final Consumer<LambdaDslObject> AGGREGATIONS = o -> {
    o.stringType("profile_id", PROFILE_ID);
    o.stringMatcher("shop_count", DIGITS_STRING, "1");
    o.stringMatcher("spend_all", DECIMAL_STRING, "120.50");
    o.stringMatcher("spend_12m", DECIMAL_STRING, "120.50");
  };

  static final Consumer<LambdaDslObject> TRANSACTION_ITEM = o -> {
    o.integerType("id", 111);
    o.integerType("transaction_id", 101);
    o.stringType("sku", "SKU-5111");
    o.integerType("quantity", 1);
  };

  static final Consumer<LambdaDslObject> TRANSACTION = o -> {
    o.integerType("id", 101);
    o.stringType("external_id", "T-1001");
    o.stringMatcher("total", DECIMAL_STRING, "120.50");
    o.stringType("currency", "AUD");
    o.stringMatcher("transacted_at", TIMESTAMP, "2025-12-24 10:15:00");
    o.minArrayLike("items", 1, TRANSACTION_ITEM);
  };

  static final Consumer<LambdaDslObject> TRANSACTION_PRODUCT = o -> {
    o.integerType("id", 5111);
    o.stringType("sku", "SKU-5111");
    o.stringType("title", "Linen shirt");
    o.stringMatcher("purchase_qty", DIGITS_STRING, "1");
    o.stringMatcher("latest_transacted_at", TIMESTAMP, "2025-12-24 10:15:00");
  };

  static final Consumer<LambdaDslObject> GROUPED_TRANSACTION = o -> {
    o.integerType("transaction_id", 101);
    o.integerType("number_transactions", 1);
    o.stringMatcher("latest_transacted_at", TIMESTAMP, "2025-12-24 10:15:00");
  };

  static final Consumer<LambdaDslObject> CLAIM = o -> {
    o.integerType("id", 121);
    o.stringType("profile_id", PROFILE_ID);
    o.stringType("status", "pending");
    o.integerType("attempts", 0);
    timestamps(o);
  };

  static final Consumer<LambdaDslObject> LEDGER = o -> {
    o.integerType("id", 131);
    o.stringType("type", "transaction");
  };

  static final Consumer<LambdaDslObject> INTERACTION = o -> {
    o.integerType("id", 141);
    o.stringType("action", "view");
    o.stringType("channel", "website");
    o.stringMatcher("interacted_at", TIMESTAMP, TIMESTAMP_EXAMPLE);
  };

  /** A connection: both sides' ids and profiles (omneo-sdk src/types/connection.ts). */
  static final Consumer<LambdaDslObject> CONNECTION = o -> {
    o.integerType("id", 151);
    o.stringType("name", "Family");
    o.stringType("status", "accepted");
    o.stringType("connector_id", PROFILE_ID);
    o.stringType("connected_id", Contract.CONNECTED_PROFILE_ID);
    o.object("connected", c -> {
      c.stringType("id", Contract.CONNECTED_PROFILE_ID);
      c.stringType("first_name", "Sam");
    });
    o.object("connector", c -> {
      c.stringType("id", PROFILE_ID);
      c.stringType("first_name", "Jane");
    });
  };

  /** What a connected profile shares (ConnectionProfileData, served as a Profile). */
  static final Consumer<LambdaDslObject> CONNECTED_PROFILE = o -> {
    o.stringType("id", Contract.CONNECTED_PROFILE_ID);
    o.stringType("first_name", "Sam");
    o.stringType("last_name", "Citizen");
    o.stringType("email", "sam.citizen@example.com");
  };

  /** An achievement (docs.omneo.io/api-reference/profile-achievement): a count towards a definition's levels. */
  static final Consumer<LambdaDslObject> ACHIEVEMENT = o -> {
    o.integerType("id", 161);
    o.integerType("definition_id", 1);
    o.integerType("count", 7);
    o.object("definition", d -> {
      d.stringType("name", "Become a regular");
      d.stringType("handle", "regular");
    });
  };

  /** A credit, e.g. a gift card (docs.omneo.io/api-reference/credit/browse-credits). */
  static final Consumer<LambdaDslObject> CREDIT = o -> {
    o.integerType("id", 161);
    o.stringMatcher("value_remaining", DECIMAL_STRING, "50.00");
    o.object("definition", d -> d.stringType("handle", "gift-card"));
  };

  /** An order (omneo-sdk src/types/order.ts). */
  static final Consumer<LambdaDslObject> ORDER = o -> {
    o.integerType("id", 161);
    o.stringType("order_number", "WEB-161");
    o.stringMatcher("total", DECIMAL_STRING, "0.00");
    o.stringMatcher("transacted_at", TIMESTAMP, TIMESTAMP_EXAMPLE);
  };

  /** A redemption (docs.omneo.io/api-reference/profile-redemption): its total as a string. */
  static final Consumer<LambdaDslObject> REDEMPTION = o -> {
    o.integerType("id", 171);
    o.stringType("type", "redeem");
    o.stringMatcher("total", DECIMAL_STRING, "5.00");
    o.stringMatcher("redeem_at", TIMESTAMP, TIMESTAMP_EXAMPLE);
  };

  /**
   * What redeeming a benefit answers: the redemption it made, its item holding the benefit
   * (docs.omneo.io/api-reference/benefit-redeem/add-benefit-redemption).
   */
  static final Consumer<LambdaDslObject> BENEFIT_REDEMPTION = o -> {
    o.integerType("id", 171);
    o.stringType("type", "benefit");
    o.stringMatcher("total", DECIMAL_STRING, "0.00");
    o.minArrayLike("items", 1, i -> {
      i.stringType("type", "benefit");
      i.integerType("count", 1);
      i.object("type_attributes", b -> b.integerType("id", 91));
    });
  };

  static final Consumer<LambdaDslObject> LOCATION = o -> {
    o.integerType("id", 1);
    o.stringType("name", "Melbourne Central");
    o.stringType("handle", "melbourne-central");
    o.booleanType("is_published", true);
    o.booleanType("is_permanently_closed", false);
    o.object("address", a -> a.stringType("city", "Melbourne"));
  };
}
