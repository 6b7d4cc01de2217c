package io.github.omneoid.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The loyalty maths, in one place and in exact decimals: expiry, balances, redemption (taking an amount from
 * rewards and points), benefit redemption, and tiers from the last 12 months' spend. Everything follows the
 * injected clock. Callers hold the store's monitor.
 */
final class Loyalty {
  /** Where {@code POST /profiles/me/redeem} takes the amount from, in order ({@code rewards_points}: both). */
  static final Set<String> REDEEM_STRATEGIES = Store.set("rewards", "points", "rewards_points", "points_rewards");

  private final Store store;

  Loyalty(Store store) {
    this.store = store;
  }

  // ------------------------------------------------------------------------------------------------ expiry

  boolean expired(Map<String, Object> item) {
    Instant exp = Store.parseTs(item.get("expires_at"));
    return exp != null && !store.clock.instant().isBefore(exp);
  }

  /** A reward, point or benefit as served: {@code is_expired} and {@code is_redeemable} follow the clock. */
  Map<String, Object> render(Map<String, Object> item) {
    Map<String, Object> m = new LinkedHashMap<>(item);
    if (m.containsKey("is_expired")) {
      m.put("is_expired", expired(item));
    }
    if (m.containsKey("is_redeemable")) {
      m.put("is_redeemable", Boolean.TRUE.equals(item.get("is_redeemable")) && !expired(item)
          && Money.positive(Money.of(item.get("redemptions_remaining"))));
    }
    return m;
  }

  // ------------------------------------------------------------------------------------------------ balances

  /** Dollars of active, unexpired rewards. */
  BigDecimal rewardBalance(Store.Profile p) {
    return remaining(p, Kind.REWARDS, r -> !Boolean.FALSE.equals(r.get("is_active")));
  }

  /** Unexpired points (not dollars). */
  BigDecimal pointBalance(Store.Profile p) {
    return remaining(p, Kind.POINTS, r -> true);
  }

  /** Dollars left on unexpired credits (gift cards). */
  BigDecimal creditBalance(Store.Profile p) {
    return remaining(p, Kind.CREDITS, c -> true);
  }

  /** The sum of {@code value_remaining} over the unexpired records of a kind that pass {@code counts}. */
  private BigDecimal remaining(Store.Profile p, Kind kind, Predicate<Map<String, Object>> counts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Map<String, Object> r : p.list(kind)) {
      if (counts.test(r) && !expired(r)) {
        sum = sum.add(Money.of(r.get("value_remaining")));
      }
    }
    return sum;
  }

  /**
   * The Balances object, computed from the stored rewards, points, benefits and credits, with the reference's
   * {@code localised} figures and currency rate (docs.omneo.io/api-reference/profile-balance).
   */
  Map<String, Object> balances(Store.Profile p) {
    BigDecimal rewards = rewardBalance(p);
    BigDecimal points = pointBalance(p);
    BigDecimal pointDollars = points.multiply(Money.DOLLARS_PER_POINT);
    long benefits = 0;
    for (Map<String, Object> b : p.list(Kind.BENEFITS)) {
      if (Boolean.TRUE.equals(render(b).get("is_redeemable"))) {
        benefits++;
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reward_balance", Money.cents(rewards));
    m.put("credit_balance", Money.cents(creditBalance(p)));
    m.put("point_balance", Money.cents(points));
    m.put("point_balance_dollars", Money.cents(pointDollars));
    m.put("benefit_balance", benefits);
    m.put("combined_balance_dollars", Money.cents(rewards.add(pointDollars)));
    m.put("localised", Catalog.map("reward_balance", m.get("reward_balance"), "point_balance_dollars",
        m.get("point_balance_dollars"), "combined_balance_dollars", m.get("combined_balance_dollars")));
    m.put("currency", Definitions.currencyRate(store.now()));
    return m;
  }

  // ------------------------------------------------------------------------------------------------ redemption

  /**
   * {@code POST /profiles/me/redeem}: takes {@code amount} dollars from rewards (the default strategy) and/or
   * points, records a redemption (one item per reward or point it drew on) and answers the reference's result
   * (docs.omneo.io/api-reference/return-strategy/add-redemption-reversal) with the SDK's {@code Redeem} fields
   * (omneo-sdk src/types/profile/redeem.ts). An amount over what the strategy can reach is a 422 and changes
   * nothing.
   */
  Map<String, Object> redeem(Store.Profile p, BigDecimal amount, String strategy, Object meta) {
    BigDecimal available = BigDecimal.ZERO;
    for (String source : strategy.split("_")) {
      available = available.add(source.equals("points")
          ? pointBalance(p).multiply(Money.DOLLARS_PER_POINT) : rewardBalance(p));
    }
    if (amount.compareTo(available) > 0) {
      throw ApiException.invalid("amount",
          "The amount may not be greater than the available balance (" + Money.cents(available) + ").");
    }
    BigDecimal left = amount;
    List<Object> items = new ArrayList<>();
    for (String source : strategy.split("_")) {
      left = left.subtract(deduct(p, source.equals("points") ? Kind.POINTS : Kind.REWARDS, left, items));
    }
    String now = store.now();
    Object total = Money.cents(amount);
    Map<String, Object> redemption = Records.create(store, p, Kind.REDEMPTIONS, Catalog.map(
        "type", "redeem", "total", total, "total_localised", total, "meta", meta, "items", items));
    p.list(Kind.REDEMPTIONS).add(redemption);
    Map<String, Object> balances = balances(p);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", redemption.get("id"));
    out.put("profile_id", p.id);
    out.put("total_localised", total);
    out.put("total", total);
    out.put("location_id", null);
    out.put("balances", balances);
    out.put("meta", meta);
    out.put("transaction_external_id", null);
    out.put("transaction_receipt_ref", null);
    out.put("created_at", now);
    out.put("updated_at", now);
    out.put("location", null);
    out.put("currency", balances.get("currency"));
    out.put("total_redeemed", total);
    out.put("total_requested", total);
    out.put("profile", Catalog.map("reward_balance", balances.get("reward_balance"), "point_balance",
        balances.get("point_balance")));
    return out;
  }

  /** One item of a redemption: what it took (dollars) from one reward, point or benefit, and that record. */
  private Map<String, Object> redemptionItem(String type, Object value, long count, Map<String, Object> used) {
    String now = store.now();
    return Catalog.map("id", store.nextId(Store.Counter.REDEMPTION_ITEM), "type", type, "value", value,
        "count", count, "type_attributes", Json.copy(render(used)), "created_at", now, "updated_at", now);
  }

  /**
   * Takes up to {@code amount} dollars from rewards or points, earliest expiry first, adding a redemption item
   * per record it draws on to {@code items}; returns what it took.
   */
  private BigDecimal deduct(Store.Profile p, Kind source, BigDecimal amount, List<Object> items) {
    BigDecimal left = amount;
    List<Map<String, Object>> records = new ArrayList<>(p.list(source));
    records.sort((a, b) -> String.valueOf(a.get("expires_at")).compareTo(String.valueOf(b.get("expires_at"))));
    BigDecimal dollarsPerUnit = source == Kind.POINTS ? Money.DOLLARS_PER_POINT : BigDecimal.ONE;
    for (Map<String, Object> it : records) {
      if (!Money.positive(left)) {
        break;
      }
      if (expired(it) || Boolean.FALSE.equals(it.get("is_active"))) {
        continue;
      }
      BigDecimal remainingDollars = Money.of(it.get("value_remaining")).multiply(dollarsPerUnit);
      BigDecimal take = Money.min(remainingDollars, left);
      if (!Money.positive(take)) {
        continue;
      }
      BigDecimal remainingUnits = remainingDollars.subtract(take).divide(dollarsPerUnit);
      it.put("value_remaining", Money.cents(remainingUnits));
      it.put("updated_at", store.now());
      items.add(redemptionItem(source == Kind.POINTS ? "point" : "reward", Money.cents(take), 1, it));
      left = left.subtract(take);
    }
    return amount.subtract(left);
  }

  /**
   * {@code POST .../benefits/{id}/redeem}: {@code count} redemptions (default 1) of a redeemable benefit, else a
   * 422. Records and answers the redemption it made, whose item holds the benefit
   * (docs.omneo.io/api-reference/benefit-redeem/add-benefit-redemption).
   */
  Map<String, Object> redeemBenefit(Store.Profile p, Map<String, Object> benefit, long count) {
    long remaining = Money.of(benefit.get("redemptions_remaining")).longValue();
    if (!Boolean.TRUE.equals(render(benefit).get("is_redeemable")) || count > remaining) {
      throw ApiException.invalid("benefit", "The benefit cannot be redeemed.");
    }
    benefit.put("redemptions_remaining", remaining - count);
    benefit.put("claimed_at", store.now());
    benefit.put("updated_at", store.now());
    Map<String, Object> redemption = Records.create(store, p, Kind.REDEMPTIONS, Catalog.map("type", "benefit",
        "items", Catalog.list(redemptionItem("benefit", null, count, benefit))));
    p.list(Kind.REDEMPTIONS).add(redemption);
    return redemption;
  }

  // ------------------------------------------------------------------------------------------------ tiers

  /** Spend of the last 365 days, void transactions left out. */
  BigDecimal spend12m(Store.Profile p) {
    Instant yearAgo = store.clock.instant().minus(Duration.ofDays(365));
    BigDecimal sum = BigDecimal.ZERO;
    for (Map<String, Object> t : p.list(Kind.TRANSACTIONS)) {
      Instant at = Store.parseTs(t.get("transacted_at"));
      if (!Boolean.TRUE.equals(t.get("is_void")) && at != null && !at.isBefore(yearAgo)) {
        sum = sum.add(Money.of(t.get("total")));
      }
    }
    return sum;
  }

  /** The assigned tier, else the highest tier whose {@code value_min} the 12-month spend reaches. */
  Map<String, Object> currentTier(Store.Profile p) {
    if (p.assignedTier != null && store.tierDefinition(p.assignedTier) != null) {
      return store.tierDefinition(p.assignedTier);
    }
    BigDecimal credit = spend12m(p);
    Map<String, Object> best = null;
    for (Map<String, Object> d : store.tierDefinitions) {
      if (Money.of(d.get("value_min")).compareTo(credit) <= 0) {
        best = d;
      }
    }
    return best;
  }

  /** TierProgress, with TierDefinition objects as its tiers. */
  Map<String, Object> tierProgress(Store.Profile p) {
    List<Map<String, Object>> defs = store.tierDefinitions;
    Map<String, Object> cur = currentTier(p);
    int idx = defs.indexOf(cur);
    Map<String, Object> next = idx + 1 < defs.size() ? defs.get(idx + 1) : null;
    Map<String, Object> prev = idx > 0 ? defs.get(idx - 1) : null;
    BigDecimal credit = spend12m(p);
    BigDecimal points12m = BigDecimal.ZERO;
    Instant yearAgo = store.clock.instant().minus(Duration.ofDays(365));
    for (Map<String, Object> pt : p.list(Kind.POINTS)) {
      Instant at = Store.parseTs(pt.get("issued_at"));
      if (at != null && !at.isBefore(yearAgo)) {
        points12m = points12m.add(Money.of(pt.get("value_initial")));
      }
    }
    BigDecimal nextMin = next == null ? BigDecimal.ZERO : Money.of(next.get("value_min"));
    BigDecimal progress = next == null || nextMin.signum() == 0 ? Money.HUNDRED
        : Money.min(Money.HUNDRED, credit.multiply(Money.HUNDRED).divide(nextMin, 4, RoundingMode.HALF_UP));
    BigDecimal remain = Money.max(BigDecimal.ZERO, nextMin.subtract(credit));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.tierProgressId);
    m.put("profile_id", p.id);
    m.put("current_tier", cur);
    m.put("next_tier", next);
    m.put("prev_tier", prev);
    m.put("is_floor", cur != null && Boolean.TRUE.equals(cur.get("is_floor")));
    m.put("current_credit", Money.cents(credit));
    m.put("current_progress", Money.cents(progress));
    m.put("current_remain", Money.cents(next == null ? BigDecimal.ZERO : remain));
    m.put("next_progress", Money.cents(progress));
    m.put("next_remain", next == null ? null : Money.cents(remain));
    m.put("total_points_12m", Money.cents(points12m));
    m.put("total_points_achievement", Money.cents(points12m));
    Instant created = Store.parseTs(p.fields.get("created_at"));
    m.put("next_progress_change_at", store.at(Duration.ofDays(30)));
    m.put("anniversary_at", created == null ? null : Store.TS.format(created.plus(Duration.ofDays(365))));
    m.put("achieved_at", p.fields.get("created_at"));
    m.put("maintained_at", null);
    m.put("assigned_at", p.assignedAt);
    m.put("created_at", p.fields.get("created_at"));
    m.put("updated_at", store.now());
    return m;
  }
}
