package io.github.omneoid.sandbox;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

/**
 * Loyalty reads and actions of the bound profile: balances, points, rewards, benefits, redeeming, tiers,
 * aggregations, redemptions, achievements and credits. The maths is in {@link Loyalty} and {@link Aggregations}.
 * Points, rewards and redemptions are read-only pages; achievements and credits are read-only
 * {@code {"data": [...]}} lists, empty unless seeded (docs.omneo.io/dev-guides/frontend/omneo-id names them, no
 * public source shows their payloads).
 */
final class LoyaltyRoutes extends RouteFamily {
  private final Aggregations aggregations;

  LoyaltyRoutes(Parts parts) {
    super(parts);
    this.aggregations = parts.aggregations;
  }

  @Override
  void register(HandWritten routes) {
    routes.on("GET", ME + "/balances", c -> Reply.data(Shapes.BALANCES.of(loyalty.balances(c.target))));
    routes.on("POST", ME + "/redeem", this::redeem);
    readOnlyPage(routes, Kind.POINTS, "pointId", "Point");
    readOnlyPage(routes, Kind.REWARDS, "rewardId", "Reward");
    readOnlyPage(routes, Kind.REDEMPTIONS, "redemptionId", "Redemption");

    String b = ME + "/benefits";
    routes.on("GET", b, c -> page(c, c.target.list(Kind.BENEFITS), Shapes.BENEFIT));
    routes.on("GET", b + "/{benefitId}", c -> Reply.data(Shapes.BENEFIT.of(loyalty.render(benefit(c)))));
    routes.on("PUT", b + "/{benefitId}", this::updateBenefit);
    routes.on("DELETE", b + "/{benefitId}", c -> deleteById(c, Kind.BENEFITS, "benefitId", "Benefit"));
    routes.on("POST", b + "/{benefitId}/redeem", this::redeemBenefit);

    routes.on("GET", ME + "/tiers", c -> Reply.data(Shapes.TIER_PROGRESS.of(loyalty.tierProgress(c.target))));
    routes.on("GET", ME + "/tiers/calculate",
        c -> Reply.data(Shapes.TIER_PROGRESS.of(loyalty.tierProgress(c.target))));
    routes.on("POST", ME + "/tiers/assign", this::assignTier);
    routes.on("GET", ME + "/aggregations", c -> Reply.data(Shapes.AGGREGATIONS.of(aggregations.of(c.target))));
    routes.on("GET", ME + "/aggregations/calculate",
        c -> Reply.data(Shapes.AGGREGATIONS.of(aggregations.of(c.target))));

    readOnlyPage(routes, Kind.ACHIEVEMENTS, "achievementId", "Achievement");
    readOnlyPage(routes, Kind.CREDITS, "creditId", "Credit");
  }

  private Map<String, Object> benefit(Call c) {
    return record(c, Kind.BENEFITS, "benefitId", "Benefit");
  }

  /**
   * Takes {@code amount} dollars ({@code > 0}, at most the available balance) from rewards, or as
   * {@code strategy} says; 100 points are worth $1 (an assumption: no public source gives the rate).
   */
  private Reply redeem(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    if (Check.required(v, body, "amount")) {
      Check.number(v, body, "amount", false, "amount");
    }
    Check.oneOf(v, body, "strategy", true, Loyalty.REDEEM_STRATEGIES, "strategy");
    Check.object(v, body, "meta", true);
    v.throwIfAny();
    BigDecimal amount = Money.of(body.get("amount"));
    if (!Money.positive(amount)) {
      throw ApiException.invalid("amount", "The amount field must be greater than 0.");
    }
    String strategy = body.get("strategy") == null ? "rewards" : (String) body.get("strategy");
    return Reply.data(Shapes.REDEEM_RESULT.of(loyalty.redeem(c.target, amount, strategy, body.get("meta"))));
  }

  /** Redeems a benefit {@code count} times (default 1) and answers the Redemption it made. */
  private Reply redeemBenefit(Call c) {
    Map<String, Object> b = benefit(c);
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    Check.integer(v, body, "count", true, 1, 1_000_000, "count");
    v.throwIfAny();
    long count = body.get("count") instanceof Long ? (Long) body.get("count") : 1L;
    return Reply.data(Shapes.REDEMPTION.of(loyalty.redeemBenefit(c.target, b, count)));
  }

  private Reply updateBenefit(Call c) {
    Map<String, Object> b = benefit(c);
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
    return Reply.data(Shapes.BENEFIT.of(loyalty.render(b)));
  }

  /** Overrides the computed tier with a known tier handle (Bronze, Silver, Gold). */
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
    return Reply.data(Shapes.TIER_PROGRESS.of(loyalty.tierProgress(c.target)));
  }
}
