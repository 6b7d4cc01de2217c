package io.github.omneoid.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of per-profile records (one collection each), by the names seed maps, {@code seedRecord} and the API's
 * paths use. A typed name: a misspelt one does not compile, and an unknown one from a caller is refused instead of
 * silently creating an empty list.
 */
enum Kind {
  ADDRESSES("addresses"),
  IDENTITIES("identities"),
  /** Date attributes ({@code /attributes/dates}). */
  DATES("dates"),
  /** Custom attributes, one per {@code namespace:handle}. */
  CUSTOM_ATTRIBUTES("custom_attributes"),
  /** Links to catalogue regions: {@code region_id}, {@code country}, {@code state}, {@code is_active}. */
  REGIONS("regions"),
  LISTS("lists"),
  POINTS("points"),
  REWARDS("rewards"),
  BENEFITS("benefits"),
  TRANSACTIONS("transactions"),
  TRANSACTION_CLAIMS("transaction_claims"),
  LEDGERS("ledgers"),
  INTERACTIONS("interactions"),
  ACHIEVEMENTS("achievements"),
  CREDITS("credits"),
  ORDERS("orders"),
  REDEMPTIONS("redemptions");

  /** The name as callers write it, e.g. {@code transaction_claims}. */
  final String key;

  Kind(String key) {
    this.key = key;
  }

  /** The collection with this name, or an IllegalArgumentException listing the known names. */
  static Kind of(String key) {
    for (Kind c : values()) {
      if (c.key.equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException("Unknown collection " + key + " (known: " + keys() + ")");
  }

  static boolean isKey(Object key) {
    for (Kind c : values()) {
      if (c.key.equals(key)) {
        return true;
      }
    }
    return false;
  }

  static List<String> keys() {
    List<String> out = new ArrayList<>();
    for (Kind c : values()) {
      out.add(c.key);
    }
    return out;
  }

  @Override
  public String toString() {
    return key;
  }
}
