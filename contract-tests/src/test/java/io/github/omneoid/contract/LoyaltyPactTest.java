package io.github.omneoid.contract;

import static io.github.omneoid.contract.Contract.CONSUMER;
import static io.github.omneoid.contract.Contract.PROVIDER;
import static io.github.omneoid.contract.Contract.client;
import static io.github.omneoid.contract.Interactions.data;
import static io.github.omneoid.contract.Interactions.json;
import static io.github.omneoid.contract.Interactions.noContent;
import static io.github.omneoid.contract.Interactions.ok;
import static io.github.omneoid.contract.Interactions.page;
import static io.github.omneoid.contract.Interactions.profile;
import static io.github.omneoid.contract.Interactions.profileWith;
import static io.github.omneoid.contract.Interactions.request;
import static io.github.omneoid.contract.Interactions.requestFromState;
import static io.github.omneoid.contract.ProviderState.HAS_BENEFIT;
import static io.github.omneoid.contract.ProviderState.HAS_POINTS;
import static io.github.omneoid.contract.ProviderState.HAS_RECORD;
import static io.github.omneoid.contract.ProviderState.HAS_REDEMPTION;
import static io.github.omneoid.contract.ProviderState.HAS_REWARD;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.ProfileResource;
import io.github.omneoid.model.BenefitRedeemInput;
import io.github.omneoid.model.BenefitUpdateInput;
import org.junit.jupiter.api.Test;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Balances, points, rewards, benefits, tiers, aggregations, redemptions, and the three seed-only collections
 * (achievements, credits, orders).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class LoyaltyPactTest {

  private static ProfileResource me(MockServer server) {
    return client(server).profile();
  }

  private static PactDslWithState withPoints(PactDslWithProvider builder) {
    return profileWith(builder, HAS_POINTS, "points", 1250);
  }

  private static PactDslWithState withReward(PactDslWithProvider builder) {
    return profileWith(builder, HAS_REWARD, "value", 10);
  }

  private static PactDslWithState withBenefit(PactDslWithProvider builder) {
    return profileWith(builder, HAS_BENEFIT);
  }

  private static PactDslWithState withRecord(PactDslWithProvider builder, String collection) {
    return profileWith(builder, HAS_RECORD, "collection", collection);
  }

  private static PactDslWithState withRedemption(PactDslWithProvider builder) {
    return profileWith(builder, HAS_REDEMPTION, "total", 5);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyBalances(PactDslWithProvider builder) {
    return ok(request(withReward(builder), "a request for the profile's balances", "GET", "/profiles/me/balances"),
        data(Shapes.BALANCES));
  }

  @Test
  @PactTestFor(pactMethod = "getMyBalances")
  void getMyBalances(MockServer server) {
    assertThat(me(server).balances().get().getRewardBalance()).isNotNull();
  }

  // ------------------------------------------------------------------------------------------------ points

  @Pact(consumer = CONSUMER)
  V4Pact listMyPoints(PactDslWithProvider builder) {
    return ok(request(withPoints(builder), "a request for the profile's points", "GET", "/profiles/me/points"),
        page(Shapes.POINT));
  }

  @Test
  @PactTestFor(pactMethod = "listMyPoints")
  void listMyPoints(MockServer server) {
    assertThat(me(server).points().list(Query.of()).items()).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyPoint(PactDslWithProvider builder) {
    return ok(requestFromState(withPoints(builder), "a request for one points entry", "GET",
        "/profiles/me/points/${pointId}", "/profiles/me/points/71"), data(Shapes.POINT));
  }

  @Test
  @PactTestFor(pactMethod = "getMyPoint")
  void getMyPoint(MockServer server) {
    assertThat(me(server).points().get(71).getId()).isEqualTo(71L);
  }

  // ------------------------------------------------------------------------------------------------ rewards

  @Pact(consumer = CONSUMER)
  V4Pact listMyRewards(PactDslWithProvider builder) {
    return ok(request(withReward(builder), "a request for the profile's rewards", "GET", "/profiles/me/rewards"),
        page(Shapes.REWARD));
  }

  @Test
  @PactTestFor(pactMethod = "listMyRewards")
  void listMyRewards(MockServer server) {
    assertThat(me(server).rewards().list(Query.of()).items()).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyReward(PactDslWithProvider builder) {
    return ok(requestFromState(withReward(builder), "a request for one reward", "GET",
        "/profiles/me/rewards/${rewardId}", "/profiles/me/rewards/81"), data(Shapes.REWARD));
  }

  @Test
  @PactTestFor(pactMethod = "getMyReward")
  void getMyReward(MockServer server) {
    assertThat(me(server).rewards().get(81).getId()).isEqualTo(81L);
  }

  // ------------------------------------------------------------------------------------------------ benefits

  @Pact(consumer = CONSUMER)
  V4Pact listMyBenefits(PactDslWithProvider builder) {
    return ok(request(withBenefit(builder), "a request for the profile's benefits", "GET", "/profiles/me/benefits"),
        page(Shapes.BENEFIT));
  }

  @Test
  @PactTestFor(pactMethod = "listMyBenefits")
  void listMyBenefits(MockServer server) {
    assertThat(me(server).benefits().list(Query.of()).items()).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyBenefit(PactDslWithProvider builder) {
    return ok(requestFromState(withBenefit(builder), "a request for one benefit", "GET",
        "/profiles/me/benefits/${benefitId}", "/profiles/me/benefits/91"), data(Shapes.BENEFIT));
  }

  @Test
  @PactTestFor(pactMethod = "getMyBenefit")
  void getMyBenefit(MockServer server) {
    assertThat(me(server).benefits().get(91).getId()).isEqualTo(91L);
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMyBenefit(PactDslWithProvider builder) {
    return ok(json(requestFromState(withBenefit(builder), "an update of a benefit's external id", "PUT",
            "/profiles/me/benefits/${benefitId}", "/profiles/me/benefits/91"),
            body -> body.stringValue("external_id", "EXT-1")),
        data(o -> {
          Shapes.BENEFIT.accept(o);
          o.stringValue("external_id", "EXT-1");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "updateMyBenefit")
  void updateMyBenefit(MockServer server) {
    assertThat(me(server).benefits().update(91, new BenefitUpdateInput().externalId("EXT-1")).getExternalId())
        .isEqualTo("EXT-1");
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteMyBenefit(PactDslWithProvider builder) {
    return noContent(requestFromState(withBenefit(builder), "a delete of a benefit", "DELETE",
        "/profiles/me/benefits/${benefitId}", "/profiles/me/benefits/91"));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMyBenefit")
  void deleteMyBenefit(MockServer server) {
    me(server).benefits().delete(91);
  }

  /**
   * The API answers a redemption (docs.omneo.io/api-reference/benefit-redeem); one redemption sends no body, as the
   * official SDK does (omneo-sdk src/id/resources/profile/benefits/index.ts).
   */
  @Pact(consumer = CONSUMER)
  V4Pact redeemMyBenefit(PactDslWithProvider builder) {
    return ok(requestFromState(withBenefit(builder), "a redemption of a benefit", "POST",
            "/profiles/me/benefits/${benefitId}/redeem", "/profiles/me/benefits/91/redeem"),
        data(Shapes.BENEFIT_REDEMPTION));
  }

  @Test
  @PactTestFor(pactMethod = "redeemMyBenefit")
  void redeemMyBenefit(MockServer server) {
    assertThat(me(server).benefits().redeem(91).getId()).isEqualTo(171L);
  }

  /** A counted redemption sends {@code {"count": n}} (the provider state's benefit has one redemption left). */
  @Pact(consumer = CONSUMER)
  V4Pact redeemMyBenefitCounted(PactDslWithProvider builder) {
    return ok(json(requestFromState(withBenefit(builder), "a counted redemption of a benefit", "POST",
            "/profiles/me/benefits/${benefitId}/redeem", "/profiles/me/benefits/91/redeem"),
            body -> body.integerType("count", 1)),
        data(Shapes.BENEFIT_REDEMPTION));
  }

  @Test
  @PactTestFor(pactMethod = "redeemMyBenefitCounted")
  void redeemMyBenefitCounted(MockServer server) {
    assertThat(me(server).benefits().redeem(91, new BenefitRedeemInput().count(1)).getId()).isEqualTo(171L);
  }

  // ------------------------------------------------------------------------------------------------ tiers, aggregations

  @Pact(consumer = CONSUMER)
  V4Pact getMyTierProgress(PactDslWithProvider builder) {
    return ok(request(profile(builder), "a request for the profile's tier progress", "GET", "/profiles/me/tiers"),
        data(Shapes.TIER_PROGRESS));
  }

  @Test
  @PactTestFor(pactMethod = "getMyTierProgress")
  void getMyTierProgress(MockServer server) {
    assertThat(me(server).tiers().list().getCurrentTier().getHandle()).isEqualTo("bronze");
  }

  @Pact(consumer = CONSUMER)
  V4Pact calculateMyTierProgress(PactDslWithProvider builder) {
    return ok(request(profile(builder), "a recalculation of the profile's tier progress", "GET",
        "/profiles/me/tiers/calculate"), data(Shapes.TIER_PROGRESS));
  }

  @Test
  @PactTestFor(pactMethod = "calculateMyTierProgress")
  void calculateMyTierProgress(MockServer server) {
    assertThat(me(server).tiers().calculate().getCurrentTier()).isNotNull();
  }

  @Pact(consumer = CONSUMER)
  V4Pact assignMyTier(PactDslWithProvider builder) {
    return ok(json(request(profile(builder), "an assignment of the silver tier", "POST", "/profiles/me/tiers/assign"),
            body -> body.stringValue("tier", "silver")),
        data(o -> {
          Shapes.TIER_PROGRESS.accept(o);
          o.object("current_tier", t -> t.stringValue("handle", "silver"));
        }));
  }

  @Test
  @PactTestFor(pactMethod = "assignMyTier")
  void assignMyTier(MockServer server) {
    assertThat(me(server).tiers().assign("silver").getCurrentTier().getHandle()).isEqualTo("silver");
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyAggregations(PactDslWithProvider builder) {
    return ok(request(profile(builder), "a request for the profile's aggregations", "GET",
        "/profiles/me/aggregations"), data(Shapes.AGGREGATIONS));
  }

  @Test
  @PactTestFor(pactMethod = "getMyAggregations")
  void getMyAggregations(MockServer server) {
    assertThat(me(server).aggregations().list().getProfileId()).isEqualTo(Contract.PROFILE_ID);
  }

  @Pact(consumer = CONSUMER)
  V4Pact calculateMyAggregations(PactDslWithProvider builder) {
    return ok(request(profile(builder), "a recalculation of the profile's aggregations", "GET",
        "/profiles/me/aggregations/calculate"), data(Shapes.AGGREGATIONS));
  }

  @Test
  @PactTestFor(pactMethod = "calculateMyAggregations")
  void calculateMyAggregations(MockServer server) {
    assertThat(me(server).aggregations().calculate(Query.of()).getProfileId()).isEqualTo(Contract.PROFILE_ID);
  }

  // ------------------------------------------------------------------------------------------------ redemptions

  @Pact(consumer = CONSUMER)
  V4Pact listMyRedemptions(PactDslWithProvider builder) {
    return ok(request(withRedemption(builder), "a request for the profile's redemptions", "GET",
        "/profiles/me/redemptions"), page(Shapes.REDEMPTION));
  }

  @Test
  @PactTestFor(pactMethod = "listMyRedemptions")
  void listMyRedemptions(MockServer server) {
    assertThat(me(server).redemptions().list(Query.of()).items()).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyRedemption(PactDslWithProvider builder) {
    return ok(requestFromState(withRedemption(builder), "a request for one redemption", "GET",
        "/profiles/me/redemptions/${redemptionId}", "/profiles/me/redemptions/171"), data(Shapes.REDEMPTION));
  }

  @Test
  @PactTestFor(pactMethod = "getMyRedemption")
  void getMyRedemption(MockServer server) {
    assertThat(me(server).redemptions().get(171).getId()).isEqualTo(171L);
  }

  // ------------------------------------------------------------------------------------------------ achievements, credits, orders

  /** Achievements, credits and orders are pages (spec: AchievementPage, CreditPage, OrderPage). */
  private static V4Pact listRecords(PactDslWithProvider builder, String collection,
      Consumer<LambdaDslObject> shape) {
    return ok(request(withRecord(builder, collection), "a request for the profile's " + collection, "GET",
        "/profiles/me/" + collection), page(shape));
  }

  private static V4Pact getRecord(PactDslWithProvider builder, String collection, Consumer<LambdaDslObject> shape) {
    return ok(requestFromState(withRecord(builder, collection), "a request for one of the profile's " + collection,
        "GET", "/profiles/me/" + collection + "/${recordId}", "/profiles/me/" + collection + "/161"),
        data(shape));
  }

  @Pact(consumer = CONSUMER)
  V4Pact listMyAchievements(PactDslWithProvider builder) {
    return listRecords(builder, "achievements", Shapes.ACHIEVEMENT);
  }

  @Test
  @PactTestFor(pactMethod = "listMyAchievements")
  void listMyAchievements(MockServer server) {
    assertThat(me(server).achievements().list().items()).hasSize(1);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyAchievement(PactDslWithProvider builder) {
    return getRecord(builder, "achievements", Shapes.ACHIEVEMENT);
  }

  @Test
  @PactTestFor(pactMethod = "getMyAchievement")
  void getMyAchievement(MockServer server) {
    assertThat(me(server).achievements().get(161).getId()).isEqualTo(161L);
  }

  @Pact(consumer = CONSUMER)
  V4Pact listMyCredits(PactDslWithProvider builder) {
    return listRecords(builder, "credits", Shapes.CREDIT);
  }

  @Test
  @PactTestFor(pactMethod = "listMyCredits")
  void listMyCredits(MockServer server) {
    assertThat(me(server).credits().list().items()).hasSize(1);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyCredit(PactDslWithProvider builder) {
    return getRecord(builder, "credits", Shapes.CREDIT);
  }

  @Test
  @PactTestFor(pactMethod = "getMyCredit")
  void getMyCredit(MockServer server) {
    assertThat(me(server).credits().get(161).getId()).isEqualTo(161L);
  }

  @Pact(consumer = CONSUMER)
  V4Pact listMyOrders(PactDslWithProvider builder) {
    return listRecords(builder, "orders", Shapes.ORDER);
  }

  @Test
  @PactTestFor(pactMethod = "listMyOrders")
  void listMyOrders(MockServer server) {
    assertThat(me(server).orders().list().items()).hasSize(1);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyOrder(PactDslWithProvider builder) {
    return getRecord(builder, "orders", Shapes.ORDER);
  }

  @Test
  @PactTestFor(pactMethod = "getMyOrder")
  void getMyOrder(MockServer server) {
    assertThat(me(server).orders().get(161).getId()).isEqualTo(161L);
  }
}
