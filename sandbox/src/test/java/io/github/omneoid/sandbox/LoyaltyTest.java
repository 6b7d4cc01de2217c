package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.list;
import static io.github.omneoid.sandbox.TestData.dec;
import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Balances, points, rewards, benefits, redeem, tiers, aggregations. */
class LoyaltyTest {
  static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-06-01T00:00:00Z"));
  static OmneoIdSandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = OmneoIdSandbox.builder().clock(CLOCK).tokenLifetime(Duration.ofDays(3650)).start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  Http login(Map<String, Object> p) {
    return Http.of(sandbox).as(sandbox.mintToken((String) p.get("id")));
  }

  @Test
  void balancesAreComputedFromRewardsPointsAndBenefits() {
    Map<String, Object> p = sandbox.seedProfile(ProfileSeed.random().reward(10).reward(5.5).points(1250)
        .record("benefits", map("external_id", "B1")));
    Http.Resp b = login(p).get("/profiles/me/balances");
    assertThat(b.status).isEqualTo(200);
    // Decimals arrive as strings, as the reference shows them (docs.omneo.io/api-reference/profile-balance).
    assertThat(b.map("data")).containsEntry("reward_balance", "15.50").containsEntry("point_balance", "1250.00")
        .containsEntry("point_balance_dollars", "12.50").containsEntry("benefit_balance", 1L)
        .containsEntry("combined_balance_dollars", "28.00").containsEntry("credit_balance", "0.00");
    assertThat(b.map("data.localised")).containsEntry("reward_balance", "15.50")
        .containsEntry("combined_balance_dollars", "28.00");
    assertThat(b.map("data.currency")).containsEntry("from", "AUD").containsEntry("rate", "1.000000");
    // The Java API keeps exact numbers.
    assertThat(p.get("reward_balance")).isEqualTo(dec("15.5"));
  }

  @Test
  void benefitsFilterOnRepeatedListKeysAnyOfTheirValues() {
    Map<String, Object> p = sandbox.seedProfile(ProfileSeed.random()
        .record("benefits", map("external_id", "CSV", "tags", list("csv")))
        .record("benefits", map("external_id", "DL", "tags", list("download", "demo")))
        .record("benefits", map("external_id", "NONE", "tags", list("other")))
        .record("benefits", map("external_id", "VIP", "definition", map("name", "VIP", "tags", list("vip")))));
    Http me = login(p);

    assertThat(me.get("/profiles/me/benefits?tags%5B%5D=csv&tags%5B%5D=download").list("data"))
        .map(b -> (Object) ((Map<?, ?>) b).get("external_id")).containsExactly("CSV", "DL");
    assertThat(me.get("/profiles/me/benefits?tags[]=demo").list("data"))
        .map(b -> (Object) ((Map<?, ?>) b).get("external_id")).containsExactly("DL");
    assertThat(me.get("/profiles/me/benefits?tags[]=demo&filter[external_id]=CSV").list("data")).isEmpty();
    assertThat(me.get("/profiles/me/benefits?tags[]=vip&tags[]=none").list("data")).as("the definition's tags")
        .map(b -> (Object) ((Map<?, ?>) b).get("external_id")).containsExactly("VIP");
  }

  @Test
  void pointsAndRewardsAreReadOnlyPages() {
    Map<String, Object> p = sandbox.seedProfile(ProfileSeed.random().reward(10).points(100).points(200));
    Http me = login(p);
    Http.Resp points = me.get("/profiles/me/points");
    assertThat(points.list("data")).hasSize(2);
    assertThat(points.get("meta.total")).isEqualTo(2L);
    Object pointId = points.get("data.1.id");
    assertThat(me.get("/profiles/me/points/" + pointId).get("data.value_remaining")).isEqualTo("200.00");
    Http.Resp rewards = me.get("/profiles/me/rewards");
    assertThat(rewards.get("data.0.is_expired")).isEqualTo(false);
    assertThat(rewards.map("links")).containsKeys("first", "last", "prev", "next");
    assertThat(me.post("/profiles/me/points", map("value", 1)).status).isEqualTo(405);
    assertThat(me.delete("/profiles/me/rewards/" + rewards.get("data.0.id")).status).isEqualTo(405);
    assertThat(me.get("/profiles/me/rewards/999999").status).isEqualTo(404);
  }

  @Test
  void rewardsExpireWithTheClock() {
    Map<String, Object> p = sandbox.seedProfile(ProfileSeed.random()
        .record("rewards", map("value_initial", 20, "expires_at", "2026-06-10 00:00:00")));
    Http me = login(p);
    assertThat(me.get("/profiles/me/balances").get("data.reward_balance")).isEqualTo("20.00");
    CLOCK.advance(Duration.ofDays(10));
    try {
      assertThat(me.get("/profiles/me/balances").get("data.reward_balance")).isEqualTo("0.00");
      assertThat(me.get("/profiles/me/rewards").get("data.0.is_expired")).isEqualTo(true);
    } finally {
      CLOCK.advance(Duration.ofDays(-10));
    }
  }

  @Test
  void redeemReducesTheRewardBalanceAndRecordsARedemption() {
    Map<String, Object> p = sandbox.seedProfile(ProfileSeed.random().reward(10).reward(5));
    Http me = login(p);
    Http.Resp r = me.post("/profiles/me/redeem", map("amount", 12.5));
    assertThat(r.status).isEqualTo(200);
    assertThat(r.get("data.total")).isEqualTo("12.50");
    assertThat(r.get("data.id")).isInstanceOf(String.class); // "19042" in the reference's example
    assertThat(r.get("data.profile_id")).isEqualTo(p.get("id"));
    assertThat(r.get("data.balances.reward_balance")).isEqualTo("2.50");
    assertThat(me.get("/profiles/me/balances").get("data.reward_balance")).isEqualTo("2.50");
    Http.Resp redemptions = me.get("/profiles/me/redemptions");
    assertThat(redemptions.list("data")).hasSize(1);
    assertThat(redemptions.get("data.0.total")).isEqualTo("12.50");
    Http.Resp one = me.get("/profiles/me/redemptions/" + r.get("data.id"));
    assertThat(one.get("data.type")).isEqualTo("redeem");
    // One item per reward it drew on, earliest expiry first, each holding the reward as it was left.
    assertThat(one.list("data.items")).hasSize(2);
    assertThat(one.get("data.items.0.type")).isEqualTo("reward");
    assertThat(one.get("data.items.0.value")).isEqualTo("10.00");
    assertThat(one.get("data.items.0.type_attributes.value_remaining")).isEqualTo("0.00");
    assertThat(one.get("data.items.1.value")).isEqualTo("2.50");

    Http.Resp tooMuch = me.post("/profiles/me/redeem", map("amount", 3));
    assertThat(tooMuch.status).isEqualTo(422);
    assertThat(tooMuch.list("errors.amount").get(0).toString()).startsWith("The amount may not be greater");
    for (Object bad : new Object[] {0, -1, "ten", null}) {
      Http.Resp x = me.post("/profiles/me/redeem", map("amount", bad));
      assertThat(x.status).as("amount %s", bad).isEqualTo(422);
      assertThat(x.map("errors")).containsKey("amount");
    }
    assertThat(me.get("/profiles/me/balances").get("data.reward_balance")).isEqualTo("2.50");
  }

  @Test
  void redeemFromPointsByStrategy() {
    Map<String, Object> p = sandbox.seedProfile(ProfileSeed.random().reward(1).points(500));
    Http me = login(p);
    Http.Resp r = me.post("/profiles/me/redeem", map("amount", 4, "strategy", "rewards_points"));
    assertThat(r.status).isEqualTo(200);
    Http.Resp b = me.get("/profiles/me/balances");
    assertThat(b.get("data.reward_balance")).isEqualTo("0.00");
    assertThat(b.get("data.point_balance")).isEqualTo("200.00");
    assertThat(me.post("/profiles/me/redeem", map("amount", 1, "strategy", "magic")).list("errors.strategy"))
        .containsExactly("The selected strategy is invalid.");
  }

  @Test
  void benefitsCrudAndRedeem() {
    Map<String, Object> p = sandbox.seedProfile(ProfileSeed.random().record("benefits", map("external_id", "B1"))
        .record("benefits", map("external_id", "B2")));
    Http me = login(p);
    Http.Resp page = me.get("/profiles/me/benefits");
    assertThat(page.list("data")).hasSize(2);
    Object id = page.get("data.0.id");
    Http.Resp upd = me.put("/profiles/me/benefits/" + id, map("external_id", "NEW"));
    assertThat(upd.get("data.external_id")).isEqualTo("NEW");
    assertThat(me.get("/profiles/me/benefits/" + id).get("data.external_id")).isEqualTo("NEW");
    Http.Resp redeemed = me.post("/profiles/me/benefits/" + id + "/redeem", null);
    assertThat(redeemed.status).isEqualTo(200);
    // The answer is the Redemption it made, its item holding the benefit
    // (docs.omneo.io/api-reference/benefit-redeem/add-benefit-redemption).
    assertThat(redeemed.get("data.profile_id")).isEqualTo(p.get("id"));
    assertThat(redeemed.get("data.type")).isEqualTo("benefit");
    assertThat(redeemed.get("data.items.0.type")).isEqualTo("benefit");
    assertThat(redeemed.get("data.items.0.count")).isEqualTo(1L);
    assertThat(redeemed.get("data.items.0.type_attributes.id")).isEqualTo(id);
    assertThat(redeemed.get("data.items.0.type_attributes.redemptions_remaining")).isEqualTo("0");
    assertThat(me.get("/profiles/me/benefits/" + id).get("data.is_redeemable")).isEqualTo("0");
    assertThat(me.get("/profiles/me/redemptions/" + redeemed.get("data.id")).get("data.type")).isEqualTo("benefit");
    assertThat(me.post("/profiles/me/benefits/" + id + "/redeem", null).status).isEqualTo(422);
    assertThat(me.post("/profiles/me/benefits/" + page.get("data.1.id") + "/redeem", map("count", 2)).status)
        .isEqualTo(422);
    assertThat(me.post("/profiles/me/benefits/" + page.get("data.1.id") + "/redeem", map("count", 0)).status)
        .isEqualTo(422);
    assertThat(me.get("/profiles/me/balances").get("data.benefit_balance")).isEqualTo(1L);
    assertThat(me.delete("/profiles/me/benefits/" + id).status).isEqualTo(204);
    assertThat(me.get("/profiles/me/benefits/" + id).status).isEqualTo(404);
    assertThat(me.put("/profiles/me/benefits/" + page.get("data.1.id"), map("value", "x")).status).isEqualTo(422);
  }

  @Test
  void tiersFollowSpendAndCanBeAssigned() {
    Map<String, Object> p = sandbox.seedProfile(ProfileSeed.random().transaction(600, "2026-05-01 10:00:00")
        .transaction(100, "2024-01-01 10:00:00"));
    Http me = login(p);
    Http.Resp t = me.get("/profiles/me/tiers");
    assertThat(t.status).isEqualTo(200);
    assertThat(t.get("data.profile_id")).isEqualTo(p.get("id"));
    assertThat(t.get("data.current_tier.handle")).isEqualTo("silver");
    assertThat(t.get("data.next_tier.handle")).isEqualTo("gold");
    assertThat(t.get("data.prev_tier.handle")).isEqualTo("bronze");
    assertThat(t.get("data.current_credit")).isEqualTo(600L);
    assertThat(t.get("data.next_remain")).isEqualTo(900L);
    assertThat(me.get("/profiles/me/tiers/calculate").get("data.current_tier.handle")).isEqualTo("silver");
    Http.Resp a = me.post("/profiles/me/tiers/assign", map("tier", "gold"));
    assertThat(a.get("data.current_tier.handle")).isEqualTo("gold");
    assertThat(a.get("data.next_tier")).isNull();
    assertThat(a.str("data.assigned_at")).isEqualTo("2026-06-01 00:00:00");
    assertThat(me.get("/profiles/me").get("data.tier_handle")).isEqualTo("gold");
    assertThat(me.post("/profiles/me/tiers/assign", map("tier", "platinum")).list("errors.tier"))
        .containsExactly("The selected tier is invalid.");
  }

  @Test
  void aggregationsAreComputedFromTransactions() {
    Map<String, Object> p = sandbox.seedProfile(ProfileSeed.random()
        .record("transactions", map("total", 100, "transacted_at", "2026-05-01 10:00:00", "location_id", 1))
        .record("transactions", map("total", 50, "transacted_at", "2026-05-20 10:00:00", "order_number", "W1"))
        .transaction(30, "2023-01-01 10:00:00"));
    Http.Resp a = login(p).get("/profiles/me/aggregations");
    assertThat(a.status).isEqualTo(200);
    assertThat(a.map("data")).containsEntry("profile_id", p.get("id")).containsEntry("shop_days", "3")
        .containsEntry("spend_12m", "150.00").containsEntry("spend_all", "180.00").containsEntry("shop_count", "3")
        .containsEntry("spend_atv_12m", "75.00").containsEntry("spend_atv_all", "60.00")
        .containsEntry("dimension_frequency", "FL").containsEntry("dimension_recency", "RC")
        .containsEntry("channel", "CO").containsEntry("spend_last_date", "2026-05-20 10:00:00");
    assertThat(a.get("data.most_transacted_location.id")).isEqualTo(1L);
    assertThat(login(p).get("/profiles/me/aggregations/calculate").get("data.shop_count")).isEqualTo("3");
    Map<String, Object> none = sandbox.seedProfile();
    Http.Resp empty = login(none).get("/profiles/me/aggregations");
    assertThat(empty.map("data")).containsEntry("shop_count", "0").containsEntry("dimension_frequency", "F0")
        .containsEntry("channel", null);
  }

  @Test
  void readOnlySeedOnlyCollections() {
    Map<String, Object> p = sandbox.seedProfile(map("email", TestData.email(),
        "achievements", list(map("count", 7)), "credits", list(map("value_initial", 5)),
        "orders", list(map("order_number", "W1"), map("order_number", "W2"))));
    Http me = login(p);
    assertThat(me.get("/profiles/me/achievements").list("data")).hasSize(1);
    assertThat(me.get("/profiles/me/achievements").get("meta.total")).isEqualTo(1L);
    Object achievementId = me.get("/profiles/me/achievements").get("data.0.id");
    assertThat(me.get("/profiles/me/achievements/" + achievementId).get("data.count")).isEqualTo(7L);
    assertThat(me.get("/profiles/me/achievements/" + achievementId).get("data.definition.handle"))
        .isEqualTo("regular");
    assertThat(me.get("/profiles/me/credits").get("data.0.value_remaining")).isEqualTo("5.00");
    assertThat(me.get("/profiles/me/balances").get("data.credit_balance")).isEqualTo("5.00");
    assertThat(me.get("/profiles/me/orders?filter[order_number]=W2").list("data")).hasSize(1);
    assertThat(me.get("/profiles/me/orders/424242").status).isEqualTo(404);
    Http empty = login(sandbox.seedProfile());
    assertThat(empty.get("/profiles/me/achievements").list("data")).isEmpty();
    assertThat(empty.get("/profiles/me/redemptions").get("meta.total")).isEqualTo(0L);
  }
}
