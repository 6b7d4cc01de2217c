package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.Wire.shape;

import io.github.omneoid.sandbox.Wire.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The wire shape of each resource the sandbox answers with, modelled on the official reference's examples
 * (docs.omneo.io: the {@code /api-reference/...} schemas and the real bodies under {@code /reference/...}), in the
 * forms the spec declares for each property ({@code x-omneo-also}, {@code nullable}). Where a resource embeds
 * another (a transaction its location, a redemption the reward it used), the embedded one has its own shape.
 *
 * <p>Sources per family: profiles docs.omneo.io/reference/profiles; addresses /api-reference/profile-address;
 * locations /api-reference/location/overview and /reference/locations-1; points /api-reference/profile-point;
 * rewards /api-reference/reward/read-reward; benefits /api-reference/profile-benefit; balances
 * /api-reference/profile-balance; redemptions /api-reference/profile-redemption and
 * /api-reference/benefit-redeem/add-benefit-redemption; transactions /api-reference/transaction and
 * /reference/transactions; aggregations /api-reference/profile-aggregation; lists
 * /api-reference/product-list/overview and /api-reference/share/add-share; credits /api-reference/credit;
 * achievements /api-reference/achievement-definition; interactions /concepts/profiles/interactions; orders,
 * connections and transaction products: omneo-sdk {@code src/types/order.ts}, {@code src/types/connection.ts},
 * {@code src/types/transaction.ts}.
 */
final class Shapes {
  private Shapes() {}

  /** A resource written as stored. */
  static final Shape PLAIN = shape();

  static final Shape ADDRESS = shape().emptyArrays("meta", "custom_fields");

  static final Shape DATE = shape().emptyArrays("meta");

  static final Shape TIER = shape().emptyArrays("meta");

  /** A store: its address, {@code custom_fields: []}, and special hours' {@code is_repeating} as 0/1. */
  static final Shape LOCATION = shape().nested("address", ADDRESS).emptyArrays("custom_fields")
      .nested("special_hours", shape().with(Wire.ZERO_ONE, "is_repeating"));

  /** {@code GET /profiles/me}: birth parts and balances as strings, {@code custom_fields: []}. */
  static final Shape PROFILE = shape().digits("birth_day", "birth_month", "birth_year")
      .decimals("reward_balance", "point_balance", "point_balance_dollars", "combined_balance_dollars")
      .emptyArrays("custom_fields").nested("address", ADDRESS).nested("addresses", ADDRESS)
      .nested("attributes", shape().nested("dates", DATE)).nested("tier", TIER)
      .nested("joined_location", LOCATION).nested("preferred_location", LOCATION);

  /** The other side of a connection (and {@code profileInfo}): birth parts as strings. */
  static final Shape CONNECTION_PROFILE = shape().digits("birth_day", "birth_month", "birth_year");

  /** A connection, with both sides' ids and the nested profiles (omneo-sdk src/types/connection.ts). */
  static final Shape CONNECTION = shape().emptyArrays("meta")
      .nested("definition", shape().emptyArrays("meta")).nested("connected", CONNECTION_PROFILE)
      .nested("connector", CONNECTION_PROFILE);

  static final Shape POINT = shape()
      .decimals("value_initial", "value_remaining", "value_initial_currency", "value_remaining_currency")
      .emptyArrays("meta");

  /** A reward: values as strings, {@code is_active} as {@code "true"}/{@code "false"}. */
  static final Shape REWARD = shape().decimals("value_initial", "value_remaining").emptyArrays("meta")
      .with(Wire.TRUE_FALSE_TEXT, "is_active");

  /** A benefit: flags as {@code "1"}/{@code "0"}, {@code redemptions_remaining} as a string. */
  static final Shape BENEFIT = shape().with(Wire.ZERO_ONE_TEXT, "is_expired", "is_redeemable")
      .digits("redemptions_remaining").decimals("value").emptyArrays("meta")
      .nested("definition", shape().emptyArrays("meta"));

  static final Shape PRODUCT_VARIANT = shape().decimals("price", "price_discounted", "price_comparison",
      "price_cost").emptyArrays("meta");

  static final Shape TRANSACTION_ITEM = shape().decimals("price_current", "price_sell", "price_original",
      "price_margin", "price_tax").emptyArrays("meta").nested("product_variant", PRODUCT_VARIANT);

  static final Shape CREDIT = shape().decimals("value_initial", "value_remaining").emptyArrays("meta")
      .nested("definition", shape().decimals("value", "max_value").emptyArrays("meta"));

  /** A redemption; each item's {@code type_attributes} is the reward, point, benefit or credit it used. */
  static final Shape REDEMPTION = shape().decimals("total", "total_localised").emptyArrays("meta")
      .nested("location", LOCATION).with(Shapes::redemptionItems, "items")
      .nested("transaction", shape().decimals("total").nested("location", LOCATION));

  static final Shape TRANSACTION = shape().decimals("total", "total_original", "total_converted", "rounding",
      "margin").emptyArrays("meta", "custom_fields").nested("items", TRANSACTION_ITEM)
      .nested("location", LOCATION).nested("redemption", REDEMPTION);

  /** A ledger entry: the transaction it records; the store's timestamps are not part of the entry. */
  static final Shape LEDGER = shape().hide("created_at", "updated_at").nested("type_attributes", TRANSACTION);

  /** An interaction: a decimal duration and coordinates as strings; the store's owner id is not sent. */
  static final Shape INTERACTION = shape().hide("profile_id").digits("duration", "latitude", "longitude")
      .emptyArrays("meta").nested("location", LOCATION);

  static final Shape ORDER = shape().decimals("total", "total_original", "rounding", "margin")
      .with(v -> v instanceof Number ? Money.of(v).setScale(4).toPlainString() : v, "currency_rate")
      .emptyArrays("meta").nested("items", TRANSACTION_ITEM).nested("location", LOCATION)
      .nested("transactions", TRANSACTION).nested("redemption", REDEMPTION);

  static final Shape ACHIEVEMENT = shape()
      .nested("definition", shape().nested("levels", shape().emptyArrays("meta")));

  static final Shape BALANCES = shape().decimals("reward_balance", "point_balance", "point_balance_dollars",
      "combined_balance_dollars", "credit_balance")
      .nested("localised", shape().decimals("reward_balance", "point_balance_dollars", "combined_balance_dollars"));

  /** {@code POST /profiles/me/redeem}: the id and totals as strings, the balances after it. */
  static final Shape REDEEM_RESULT = shape().digits("id")
      .decimals("total_localised", "total", "total_redeemed", "total_requested").emptyArrays("meta")
      .nested("balances", BALANCES).nested("profile", shape().decimals("reward_balance", "point_balance"));

  /** Tier progress: its tiers are tier definitions. */
  static final Shape TIER_PROGRESS = shape().nested("current_tier", TIER).nested("next_tier", TIER)
      .nested("prev_tier", TIER);

  /** Aggregations: every figure but the day counts as a string. */
  static final Shape AGGREGATIONS = shape().digits("shop_days", "shop_count", "total_referred")
      .decimals("spend_12m", "spend_12m_now", "spend_all", "spend_atv_12m", "spend_atv_all", "discount_avg",
          "likely_country_score", "latest_shop_spend", "likely_country_iso_score")
      .digits("average_shop_days").nested("store_join", LOCATION).nested("most_transacted_location", LOCATION)
      .nested("latest_transacted_location", LOCATION);

  /** A list item: the product it names, never the input keys the store matches items on. */
  static final Shape LIST_ITEM = shape().hide("product_variant_id", "product_variant_sku",
      "product_variant_barcode", "product_category_id", "product_id", "external_id", "location_id")
      .emptyArrays("meta").nested("product_variant", PRODUCT_VARIANT).nested("location", LOCATION);

  static final Shape LIST_SHARE = shape().emptyArrays("meta", "source");

  static final Shape LIST = shape().hide("location_id", "staff_id").emptyArrays("meta")
      .nested("items", LIST_ITEM).nested("shares", LIST_SHARE).nested("location", LOCATION);

  /** Products bought: quantities as digit strings, prices as decimal strings. */
  static final Shape TRANSACTION_PRODUCT = shape().digits("refund_qty", "purchase_qty")
      .decimals("price", "price_discounted", "price_comparison", "price_cost").emptyArrays("meta")
      .nested("product", shape().digits("refund_qty", "purchase_qty"));

  /** Redemption items: the value as a string, and what each used in the shape its {@code type} names. */
  private static Object redemptionItems(Object items) {
    if (!(items instanceof List)) {
      return items;
    }
    List<Object> out = new ArrayList<>();
    for (Object o : (List<?>) items) {
      if (!(o instanceof Map)) {
        out.add(o);
        continue;
      }
      Map<String, Object> item = Json.asMap(o);
      Object type = item.get("type");
      Shape used = "reward".equals(type) ? REWARD : "point".equals(type) ? POINT : "benefit".equals(type)
          ? BENEFIT : "credit".equals(type) ? CREDIT : PLAIN;
      out.add(shape().decimals("value").nested("type_attributes", used).of(item));
    }
    return out;
  }

  /** The shape of the records of one kind, for the routes that list and read them. */
  static Shape of(Kind kind) {
    switch (kind) {
      case ADDRESSES:
        return ADDRESS;
      case DATES:
        return DATE;
      case LISTS:
        return LIST;
      case POINTS:
        return POINT;
      case REWARDS:
        return REWARD;
      case BENEFITS:
        return BENEFIT;
      case TRANSACTIONS:
        return TRANSACTION;
      case LEDGERS:
        return LEDGER;
      case INTERACTIONS:
        return INTERACTION;
      case ACHIEVEMENTS:
        return ACHIEVEMENT;
      case CREDITS:
        return CREDIT;
      case ORDERS:
        return ORDER;
      case REDEMPTIONS:
        return REDEMPTION;
      default:
        return PLAIN;
    }
  }
}
