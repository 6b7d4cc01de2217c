package io.github.omneoid.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.client.errors.ValidationException;
import io.github.omneoid.model.Aggregations;
import io.github.omneoid.model.Balances;
import io.github.omneoid.model.Benefit;
import io.github.omneoid.model.BenefitUpdateInput;
import io.github.omneoid.model.Ledger;
import io.github.omneoid.model.Point;
import io.github.omneoid.model.Redemption;
import io.github.omneoid.model.Reward;
import io.github.omneoid.model.TierProgress;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.OmneoIdSandboxTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Balances, points, rewards, benefits, tiers, aggregations, redemptions and ledgers. */
@OmneoIdSandboxTest
class LoyaltyE2ETest {

  private final OmneoIdSandbox sandbox;

  LoyaltyE2ETest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  /** $15 of rewards, 1250 points, one birthday benefit, and $600 spent today in two shops. */
  private OmneoId loyalCustomer() {
    return E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("Loyal", "Customer").reward(10).reward(5)
        .points(1250).record("benefits", Map.of("external_id", "BDAY-2026"))
        .record("transactions", Map.of("total", 250, "location_id", 1))
        .record("transactions", Map.of("total", 350, "order_number", "WEB-1"))));
  }

  @Test
  void balancesAddUpRewardsPointsAndBenefits() {
    Balances balances = loyalCustomer().profile().balances().get();

    assertThat(balances.getRewardBalance()).isEqualByComparingTo("15");
    assertThat(balances.getPointBalance()).isEqualByComparingTo("1250");
    assertThat(balances.getPointBalanceDollars()).isEqualByComparingTo("12.5");
    assertThat(balances.getBenefitBalance()).isEqualByComparingTo("1");
    assertThat(balances.getCombinedBalanceDollars()).isEqualByComparingTo("27.5");
  }

  @Test
  void pointsAndRewardsArePagedAndReadOneByOne() {
    OmneoId client = loyalCustomer();

    Page<Point> points = client.profile().points().list(Query.of());
    assertThat(points.items()).singleElement().satisfies(p -> assertThat(p.getValueRemaining())
        .isEqualByComparingTo("1250"));
    assertThat(points.meta().getTotal()).isEqualTo(1);
    assertThat(client.profile().points().get(points.items().get(0).getId()).getValueInitial())
        .isEqualByComparingTo("1250");

    Page<Reward> rewards = client.profile().rewards().list(Query.of().sort("value_initial"));
    assertThat(rewards.items()).extracting(r -> r.getValueInitial().intValue()).containsExactly(5, 10);
    Reward ten = client.profile().rewards().get(rewards.items().get(1).getId());
    assertThat(ten.getValueRemaining()).isEqualByComparingTo("10");
    assertThat(ten.getIsExpired()).isFalse();
  }

  @Test
  void benefitsAreUpdatedRedeemedOnceAndDeleted() {
    OmneoId client = loyalCustomer();
    Benefit birthday = client.profile().benefits().list(Query.of()).items().get(0);
    assertThat(birthday.getExternalId()).isEqualTo("BDAY-2026");
    assertThat(birthday.getIsRedeemable()).isTrue();
    assertThat(birthday.getDefinition().getName()).isEqualTo("Birthday coffee");

    Benefit updated = client.profile().benefits().update(birthday.getId(),
        new BenefitUpdateInput().externalId("BDAY-2026-B"));
    assertThat(updated.getExternalId()).isEqualTo("BDAY-2026-B");

    Redemption redeemed = client.profile().benefits().redeem(birthday.getId());
    assertThat(redeemed.getType()).isEqualTo("benefit");
    assertThat(redeemed.getItems()).singleElement().satisfies(item -> {
      assertThat(item.getType()).isEqualTo("benefit");
      assertThat(item.getCount()).isEqualTo(1);
      assertThat(item.getTypeAttributes().getExternalId()).as("the embedded benefit, typed").isEqualTo("BDAY-2026-B");
    });
    assertThat(client.profile().redemptions().get(redeemed.getId()).getType()).isEqualTo("benefit");
    Benefit after = client.profile().benefits().get(birthday.getId());
    assertThat(after.getRedemptionsRemaining()).isZero();
    assertThat(after.getClaimedAt()).isNotBlank();
    assertThat(client.profile().balances().get().getBenefitBalance()).isEqualByComparingTo("0");
    assertThatThrownBy(() -> client.profile().benefits().redeem(birthday.getId()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsKey("benefit"));

    client.profile().benefits().delete(birthday.getId());

    assertThat(client.profile().benefits().list(Query.of()).items()).isEmpty();
    assertThatThrownBy(() -> client.profile().benefits().get(birthday.getId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void tiersFollowTheSpendUntilOneIsAssigned() {
    OmneoId client = loyalCustomer();

    TierProgress progress = client.profile().tiers().list();
    assertThat(progress.getCurrentTier().getHandle()).isEqualTo("silver");
    assertThat(progress.getNextTier().getHandle()).isEqualTo("gold");
    assertThat(progress.getCurrentCredit()).isEqualByComparingTo("600");
    assertThat(progress.getCurrentRemain()).isEqualByComparingTo("900");
    assertThat(client.profile().tiers().calculate().getCurrentTier().getName()).isEqualTo("Silver");

    TierProgress assigned = client.profile().tiers().assign("gold");

    assertThat(assigned.getCurrentTier().getHandle()).isEqualTo("gold");
    assertThat(assigned.getAssignedAt()).isNotBlank();
    assertThat(client.profile().get().getTierHandle()).isEqualTo("gold");
    assertThatThrownBy(() -> client.profile().tiers().assign("platinum"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsKey("tier"));
  }

  @Test
  void aggregationsSumTheTransactions() {
    OmneoId client = loyalCustomer();

    Aggregations aggregations = client.profile().aggregations().list();

    assertThat(aggregations.getSpendAll()).isEqualByComparingTo("600");
    assertThat(aggregations.getSpend12m()).isEqualByComparingTo("600");
    assertThat(aggregations.getShopCount()).isEqualByComparingTo("2");
    assertThat(aggregations.getShopDays()).isEqualByComparingTo("1");
    assertThat(aggregations.getSpendAtvAll()).isEqualByComparingTo("300");
    assertThat(aggregations.getChannel()).isEqualTo(Aggregations.ChannelEnum.CO);
    assertThat(client.profile().aggregations().calculate(Query.of()).getSpendAll()).isEqualByComparingTo("600");
  }

  @Test
  void redemptionsRecordWhatRedeemTook() {
    OmneoId client = loyalCustomer();
    assertThat(client.profile().redemptions().list(Query.of()).items()).isEmpty();

    client.profile().redeem(new BigDecimal("4"));
    client.profile().redeem(new BigDecimal("6"));

    Page<Redemption> redemptions = client.profile().redemptions().list(Query.of());
    assertThat(redemptions.items()).extracting(r -> r.getTotal().intValue()).containsExactly(4, 6);
    Redemption first = client.profile().redemptions().get(redemptions.items().get(0).getId());
    assertThat(first.getType()).isEqualTo("redeem");
    assertThat(first.getItems()).extracting(i -> i.getType()).containsOnly("reward");
    assertThat(first.getItems().get(0).getValue()).isEqualByComparingTo("4");
    assertThat(first.getProfile().getFirstName()).isEqualTo("Loyal");
    assertThat(client.profile().balances().get().getRewardBalance()).isEqualByComparingTo("5");
  }

  @Test
  void ledgersHaveOneEntryPerTransaction() {
    OmneoId client = loyalCustomer();

    Page<Ledger> ledgers = client.profile().ledgers().list(Query.of());

    assertThat(ledgers.items()).hasSize(2);
    assertThat(ledgers.items()).extracting(Ledger::getType).containsOnly("transaction");
    Ledger one = client.profile().ledgers().get(ledgers.items().get(0).getId());
    assertThat(one.getTypeAttributes().getTotal()).isEqualByComparingTo("250");
  }
}
