package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.model.Achievement;
import io.github.omneoid.model.Address;
import io.github.omneoid.model.Aggregations;
import io.github.omneoid.model.Balances;
import io.github.omneoid.model.Benefit;
import io.github.omneoid.model.Connection;
import io.github.omneoid.model.ConnectionStatus;
import io.github.omneoid.model.Credit;
import io.github.omneoid.model.CustomAttribute;
import io.github.omneoid.model.CustomAttributeType;
import io.github.omneoid.model.DatesAttribute;
import io.github.omneoid.model.GroupedTransaction;
import io.github.omneoid.model.Identity;
import io.github.omneoid.model.Interaction;
import io.github.omneoid.model.Ledger;
import io.github.omneoid.model.ListShare;
import io.github.omneoid.model.Location;
import io.github.omneoid.model.Order;
import io.github.omneoid.model.Payment;
import io.github.omneoid.model.Point;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileAppearance;
import io.github.omneoid.model.ProfileComms;
import io.github.omneoid.model.ProfileList;
import io.github.omneoid.model.ProfileListItem;
import io.github.omneoid.model.RedeemResult;
import io.github.omneoid.model.Redemption;
import io.github.omneoid.model.RedemptionItemAttributes;
import io.github.omneoid.model.Region;
import io.github.omneoid.model.Reward;
import io.github.omneoid.model.TierProgress;
import io.github.omneoid.model.Transaction;
import io.github.omneoid.model.TransactionClaim;
import io.github.omneoid.model.TransactionItem;
import io.github.omneoid.model.TransactionProductVariant;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What each body of the conformance corpus reads into, one row per operation, with the values of its file
 * ({@code conformance/<operationId>.json}): ids, amounts digit for digit ({@code "240.00"} is
 * {@code new BigDecimal("240.00")}, scale included), names, nested definitions, booleans sent as {@code 0}/{@code 1}
 * or strings, enum values, nulls where the body has {@code null}, and for the forms that conflict with the declared
 * type the raw JSON ({@link OmneoJson#raw}). The README beside the bodies says which idiom each file carries.
 */
final class CorpusExpectations {

  private CorpusExpectations() {
  }

  static final String PROFILE_ID = ConformanceCorpusTest.PROFILE_ID;
  static final String CONNECTED_ID = "a7c9e2d4-1b3f-4a6e-9d8c-0f1e2d3c4b5a";

  private static final Map<String, Consumer<Object>> ROWS = rows();

  static Set<String> operationIds() {
    return ROWS.keySet();
  }

  static void check(String operationId, Object result) {
    Consumer<Object> row = ROWS.get(operationId);
    assertThat(row).as("an expectation row for %s", operationId).isNotNull();
    row.accept(result);
  }

  private static Map<String, Consumer<Object>> rows() {
    Map<String, Consumer<Object>> rows = new LinkedHashMap<>();
    for (Row row : all()) {
      assertThat(rows.put(row.operationId, row.check)).as("one row for %s", row.operationId).isNull();
    }
    return rows;
  }

  private static List<Row> all() {
    return Arrays.asList(
        // -- profile -------------------------------------------------------------------------------------------
        one("getMyProfile", Profile.class, p -> {
          assertThat(p.getId()).isEqualTo(PROFILE_ID);
          assertThat(p.getFirstName()).isEqualTo("Harriet");
          assertThat(p.getFullName()).isEqualTo("Harriet Okonkwo-Lane");
          assertThat(p.getGender().value()).isEqualTo("female");
          assertThat(p.getProfileType().value()).isEqualTo("active");
          assertThat(p.getBirthYear()).as("\"1988\"").isEqualTo(1988);
          assertThat(p.getBirthMonth()).as("\"7\"").isEqualTo(7);
          assertThat(p.getBirthDay()).as("\"23\"").isEqualTo(23);
          assertThat(p.getMobilePhoneCountry()).isEqualTo(61);
          assertThat(p.getCustomFields()).as("custom_fields: []").isEmpty();
          assertThat(p.getJoinedLocation()).isNull();
          assertThat(p.getJoinedLocationId()).isNull();
          assertThat(p.getPreferredLocation().getName()).isEqualTo("Collins Street Flagship");
          assertThat(p.getTier().getName()).isEqualTo("Silver");
          assertThat(p.getTier().getMeta()).as("tier meta: []").isEmpty();
          assertThat(p.getRewardBalance()).isEqualTo(dec("25.00"));
          assertThat(p.getPointBalance()).isEqualTo(dec("1180.00"));
          assertThat(p.getCombinedBalanceDollars()).isEqualTo(dec("36.80"));
          assertThat(p.getIdentities()).extracting(Identity::getId).containsExactly(1683L, 1684L);
          assertThat(p.getAttributes().getComms().getEmailPromo()).isTrue();
          assertThat(p.getAttributes().getComms().getSmsFeedback()).isNull();
          assertThat(p.getAttributes().getAppearance().getHairColour()).isEqualTo("Auburn");
          assertThat(p.getAttributes().getDates()).extracting(DatesAttribute::getName)
              .containsExactly("Ada's birthday");
          assertThat(p.getAddresses()).extracting(Address::getCity).containsExactly("Fitzroy", "Geelong");
          assertThat(p.getAddress().getIsDefault()).isTrue();
          assertThat(p.getRegion().getName()).isEqualTo("Victoria");
          assertThat(p.getStatuses()).containsExactly("member");
        }),
        one("resyncMyProfile", Profile.class, p -> {
          assertThat(p.getId()).isEqualTo(PROFILE_ID);
          assertThat(p.getLastName()).isEqualTo("Okonkwo-Lane");
          assertThat(p.getStatuses()).as("an extra status after the resync").containsExactly("member", "synced");
          assertThat(p.getStatusesOriginal()).containsExactly("member");
          assertThat(p.getUpdatedAt()).isEqualTo("2025-03-02 04:15:02");
          assertThat(p.getBirthYear()).as("\"1988\"").isEqualTo(1988);
          assertThat(p.getPointBalanceDollars()).isEqualTo(dec("11.80"));
          assertThat(p.getTierHandle()).isEqualTo("silver");
          assertThat(p.getCustomAttributes()).extracting(CustomAttribute::getHandle).containsExactly("favourite_store");
        }),
        one("upsertProfile", Profile.class, p -> {
          assertThat(p.getId()).as("a new profile").isEqualTo("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
          assertThat(p.getFirstName()).isEqualTo("unknown");
          assertThat(p.getFullName()).isEqualTo("unknown unknown");
          assertThat(p.getEmail()).isEqualTo("new.signup@example.com");
          assertThat(p.getAttributes().getComms().getEmailPromo()).isTrue();
          assertThat(p.getAttributes().getComms().getEmailOptout()).isFalse();
          assertThat(p.getRewardBalance()).as("a plain 0").isEqualTo(BigDecimal.ZERO);
          assertThat(p.getCombinedBalanceDollars()).isEqualTo(BigDecimal.ZERO);
          assertThat(p.getCustomFields()).as("custom_fields: []").isEmpty();
          assertThat(p.getBirthYear()).isNull();
          assertThat(p.getTier()).isNull();
          assertThat(p.getAddress()).isNull();
          assertThat(p.getIdentities()).isEmpty();
          assertThat(p.getTags()).containsExactly("signup-form");
        }),
        one("getMyConnectionProfileInfo", Profile.class, p -> {
          assertThat(p.getId()).isEqualTo(CONNECTED_ID);
          assertThat(p.getFirstName()).isEqualTo("Tobias");
          assertThat(p.getEmail()).isEqualTo("tobias.okonkwo-lane@example.com");
          assertThat(p.getBirthYear()).as("\"2012\"").isEqualTo(2012);
          assertThat(p.getBirthMonth()).as("\"4\"").isEqualTo(4);
          assertThat(p.getBirthDay()).as("\"2\"").isEqualTo(2);
        }),
        one("getMyCommsAttributes", ProfileComms.class, c -> {
          assertThat(c.getProfileId()).isEqualTo(PROFILE_ID);
          assertThat(c.getEmailPromo()).isTrue();
          assertThat(c.getSmsPromo()).isFalse();
          assertThat(c.getPostOptout()).isTrue();
          assertThat(c.getSmsFeedback()).as("sms_feedback: null").isNull();
          assertThat(c.getEmailVerification().value()).isEqualTo("sent");
          assertThat(c.getSmsVerification().value()).isEqualTo("not_sent");
          assertThat(c.getTermsAcceptedVersion()).isEqualTo("2024.2");
        }),
        one("getMyAppearanceAttributes", ProfileAppearance.class, a -> {
          assertThat(a.getProfileId()).isEqualTo(PROFILE_ID);
          assertThat(a.getHairColour()).isEqualTo("Auburn");
          assertThat(a.getSizeShoe()).isEqualTo("7.5");
          assertThat(a.getMeasurementHandRightRing()).isEqualTo("N");
          assertThat(a.getShapeBody()).isNull();
          assertThat(a.getSizeCup()).isNull();
        }),
        list("listMyCustomAttributes", CustomAttribute.class, attributes -> {
          assertThat(attributes).extracting(CustomAttribute::getId).containsExactly(9051L, 9052L, 9053L);
          assertThat(attributes.get(0).getType()).isEqualTo(CustomAttributeType.STRING);
          assertThat(attributes.get(0).getValue()).isEqualTo("Collins Street Flagship");
          assertThat(attributes.get(1).getType().value()).isEqualTo("json");
          assertThat(attributes.get(1).getValue()).isEqualTo(Map.of("shoe", "7.5", "dress", "10"));
          assertThat(attributes.get(2).getType().value()).isEqualTo("integer");
          assertThat(attributes.get(2).getValue()).as("an untyped value, its number exact").isEqualTo(7L);
        }),
        one("getMyCustomAttribute", CustomAttribute.class, a -> {
          assertThat(a.getId()).isEqualTo(9051L);
          assertThat(a.getNamespace()).isEqualTo("loyalty");
          assertThat(a.getHandle()).isEqualTo("favourite_store");
          assertThat(a.getType()).isEqualTo(CustomAttributeType.STRING);
          assertThat(a.getValue()).isEqualTo("Collins Street Flagship");
        }),
        list("listMyDatesAttributes", DatesAttribute.class, dates -> {
          assertThat(dates).extracting(DatesAttribute::getId).containsExactly(311L, 312L);
          assertThat(dates.get(0).getName()).isEqualTo("Ada's birthday");
          assertThat(dates.get(0).getMeta()).as("meta: []").isEmpty();
          assertThat(dates.get(0).getNote()).isNull();
          assertThat(dates.get(0).getIsRecurring()).isTrue();
          assertThat(dates.get(1).getMeta()).containsEntry("reminder_days", 14L);
          assertThat(dates.get(1).getDescription()).isEmpty();
          assertThat(dates.get(1).getRelationship()).isEqualTo("Me");
        }),
        // -- addresses, identities, regions --------------------------------------------------------------------
        list("listMyAddresses", Address.class, addresses -> {
          assertThat(addresses).extracting(Address::getId).containsExactly(518L, 519L);
          assertThat(addresses.get(0).getAddressLine1()).isEqualTo("42 Wattle Grove");
          assertThat(addresses.get(0).getIsDefault()).isTrue();
          assertThat(addresses.get(0).getLatitude()).as("latitude: null").isNull();
          assertThat(addresses.get(0).getMeta()).as("meta: []").isEmpty();
          assertThat(addresses.get(1).getState()).as("state: null").isNull();
          assertThat(addresses.get(1).getCity()).isEqualTo("Geelong");
        }),
        one("getMyAddress", Address.class, a -> {
          assertThat(a.getId()).isEqualTo(519L);
          assertThat(a.getAddressLine1()).isEqualTo("17 Harbour Lane");
          assertThat(a.getCompany()).isEqualTo("Okonkwo Design");
          assertThat(a.getIsDefault()).isFalse();
          assertThat(a.getState()).isNull();
          assertThat(a.getLongitude()).isNull();
          assertThat(a.getMeta()).isEmpty();
        }),
        list("listMyIdentities", Identity.class, identities -> {
          assertThat(identities).extracting(Identity::getId).containsExactly(1683L, 1684L);
          assertThat(identities).extracting(Identity::getHandle).containsExactly("shopify", "loyalty_card");
          assertThat(identities).extracting(Identity::getIsPrimary).containsExactly(false, true);
          assertThat(identities.get(0).getIdentifier()).isEqualTo("6432187489345");
          assertThat(identities.get(1).getProfileId()).isEqualTo(PROFILE_ID);
        }),
        one("getMyIdentityByHandle", Identity.class, i -> {
          assertThat(i.getId()).isEqualTo(1683L);
          assertThat(i.getHandle()).isEqualTo("shopify");
          assertThat(i.getIdentifier()).isEqualTo("6432187489345");
          assertThat(i.getIsPrimary()).isFalse();
          assertThat(i.getMergedFrom()).isNull();
        }),
        one("getMyIdentityById", Identity.class, i -> {
          assertThat(i.getId()).isEqualTo(1684L);
          assertThat(i.getHandle()).isEqualTo("loyalty_card");
          assertThat(i.getIdentifier()).isEqualTo("LY-8831227");
          assertThat(i.getIsPrimary()).isTrue();
          assertThat(i.getIsActive()).isTrue();
        }),
        list("listMyRegions", Region.class, regions -> {
          assertThat(regions).extracting(Region::getId).containsExactly(3L, 7L);
          assertThat(regions.get(0).getName()).isEqualTo("Victoria");
          assertThat(regions.get(0).getState()).isEqualTo("VIC");
          assertThat(regions.get(0).getCountries()).isEmpty();
          assertThat(regions.get(1).getCurrency()).isEqualTo("USD");
          assertThat(regions.get(1).getCountries().get(0).getName()).isEqualTo("United States");
          assertThat(regions.get(1).getCountries().get(0).getIso3()).isEqualTo("USA");
          assertThat(regions.get(1).getCountries().get(0).getSortOrder()).isNull();
        }),
        // -- lists and items -----------------------------------------------------------------------------------
        list("listMyLists", ProfileList.class, lists -> {
          assertThat(lists).extracting(ProfileList::getId).containsExactly(221L, 222L);
          assertThat(lists.get(0).getName()).isEqualTo("Birthday Wishlist");
          assertThat(lists.get(0).getItems()).extracting(ProfileListItem::getId).containsExactly(4017L, 4018L);
          assertThat(lists.get(0).getCustomFields()).as("custom_fields: []").isEmpty();
          assertThat(lists.get(0).getMeta()).as("meta: []").isEmpty();
          assertThat(lists.get(1).getName()).isEqualTo("Hold list");
          assertThat(lists.get(1).getItems()).isEmpty();
          assertThat(lists.get(1).getIsShared()).isFalse();
          assertThat(lists.get(1).getDefinition().getName()).isEqualTo("Hold");
          assertThat(lists.get(1).getLocation().getName()).isEqualTo("Collins Street Flagship");
          assertThat(lists.get(1).getCustomDate()).isNull();
        }),
        one("getMyList", ProfileList.class, l -> {
          assertThat(l.getId()).isEqualTo(221L);
          assertThat(l.getHandle()).isEqualTo("wishlist");
          assertThat(l.getDefinition().getName()).isEqualTo("Wishlist");
          assertThat(l.getDefinition().getAllowShare()).isTrue();
          assertThat(l.getItems().get(0).getProductVariant().getPrice()).isEqualTo(dec("149.95"));
          assertThat(l.getItems().get(0).getProductVariant().getOptions().get(1).getValue()).isEqualTo("M");
          assertThat(l.getItems().get(1).getCustomProduct().getName()).isEqualTo("Vintage Chanel Bag");
          assertThat(l.getItems().get(1).getCustomProduct().getPrice()).isEqualTo(dec("450.00"));
          assertThat(l.getIsShared()).isTrue();
          assertThat(l.getShares()).extracting(ListShare::getHandle).containsExactly("wl-3HXP1A");
          assertThat(l.getShares().get(0).getSource()).as("share source: []").isEmpty();
          assertThat(l.getStaff()).isNull();
        }),
        one("shareMyList", ListShare.class, s -> {
          assertThat(s.getId()).isEqualTo(812L);
          assertThat(s.getHandle()).as("the share code").isEqualTo("wl-7KQ2M9");
          assertThat(s.getSourceId()).isEqualTo(221L);
          assertThat(s.getSourceType()).isEqualTo("list");
          assertThat(s.getSource()).containsEntry("name", "Birthday Wishlist");
          assertThat(s.getCode()).isNull();
          assertThat(s.getMeta()).as("meta: []").isEmpty();
          assertThat(s.getIsCloneable()).isFalse();
        }),
        list("listMyListItems", ProfileListItem.class, items -> {
          assertThat(items).extracting(ProfileListItem::getId).containsExactly(4017L, 4018L);
          assertThat(items.get(0).getProductVariant().getPrice()).as("\"149.95\"").isEqualTo(dec("149.95"));
          assertThat(items.get(0).getProductVariant().getPriceComparison()).isEqualTo(dec("179.95"));
          assertThat(items.get(0).getProductVariant().getPriceDiscounted()).isNull();
          assertThat(items.get(0).getMeta()).containsEntry("note", "In oat, size M");
          assertThat(items.get(1).getProductVariant()).isNull();
          assertThat(items.get(1).getCustomProduct().getPrice()).isEqualTo(dec("450.00"));
          assertThat(items.get(1).getMeta()).as("meta: []").isEmpty();
        }),
        one("getMyListItem", ProfileListItem.class, i -> {
          assertThat(i.getId()).isEqualTo(4017L);
          assertThat(i.getProductListId()).isEqualTo(221L);
          assertThat(i.getProductVariant().getSku()).isEqualTo("LS-OAT-M");
          assertThat(i.getProductVariant().getTitle()).isEqualTo("Linen Shirt - Oat / M");
          assertThat(i.getMeta()).containsEntry("gift", Map.of("for", "Tobias"));
          assertThat(i.getSource()).isEqualTo("web");
          assertThat(i.getStatus()).isNull();
          assertThat(i.getQuantity()).isEqualTo(1);
        }),
        // -- loyalty -------------------------------------------------------------------------------------------
        one("getMyBalances", Balances.class, b -> {
          assertThat(b.getRewardBalance()).isEqualTo(dec("25.00"));
          assertThat(b.getCreditBalance()).isEqualTo(dec("50.00"));
          assertThat(b.getPointBalance()).isEqualTo(dec("1180.00"));
          assertThat(b.getPointBalanceDollars()).isEqualTo(dec("11.80"));
          assertThat(b.getBenefitBalance()).isEqualTo(dec("2"));
          assertThat(b.getCombinedBalanceDollars()).isEqualTo(dec("36.80"));
          assertThat(b.getLocalised().getCombinedBalanceDollars()).isEqualTo(dec("36.80"));
          assertThat(b.getCurrency().getRate()).as("\"1.000000\"").isEqualTo(dec("1.000000"));
          assertThat(b.getCurrency().getIsSystem()).isTrue();
        }),
        page("listMyPoints", Point.class, page -> {
          List<Point> points = page.items();
          assertThat(points).extracting(Point::getId).containsExactly(50231L, 50198L);
          assertThat(points.get(0).getValueRemaining()).isEqualTo(dec("240.00"));
          assertThat(points.get(0).getRate().getRate()).as("a string rate in the rate object").isEqualTo(dec("2.00"));
          assertThat(OmneoJson.raw(points.get(0), "rate")).as("the rate object is typed").isEmpty();
          assertThat(points.get(1).getRate()).as("rate: null").isNull();
          assertThat(OmneoJson.raw(points.get(1), "rate")).isEmpty();
          assertThat(points.get(1).getValueInitial()).isEqualTo(dec("940.00"));
          assertThat(points.get(1).getMeta()).containsEntry("campaign", "spring-2024");
          assertThat(page.meta().getTotal()).isEqualTo(2);
          assertThat(page.hasNext()).isFalse();
        }),
        one("getMyPoint", Point.class, p -> {
          assertThat(p.getId()).isEqualTo(50231L);
          assertThat(p.getValueInitial()).isEqualTo(dec("240.00"));
          assertThat(p.getValueRemaining()).isEqualTo(dec("240.00"));
          assertThat(p.getValueRemainingCurrency()).isNull();
          assertThat(p.getDefinition().getName()).isEqualTo("Spend points");
          assertThat(p.getRate().getName()).isEqualTo("Double points weekend");
          assertThat(p.getRate().getRate()).isEqualTo(dec("2.00"));
          assertThat(p.getRate().getLocationObject().getId()).as("location id \"4\"").isEqualTo(4L);
          assertThat(p.getRate().getRegion().getName()).isEqualTo("Victoria");
          assertThat(OmneoJson.raw(p, "rate")).as("the rate object is typed").isEmpty();
          assertThat(p.getSource()).isNull();
          assertThat(p.getMeta()).isEmpty();
        }),
        page("listMyRewards", Reward.class, page -> {
          List<Reward> rewards = page.items();
          assertThat(rewards).extracting(Reward::getId).containsExactly(70412L, 70390L);
          assertThat(rewards).extracting(Reward::getIsActive).as("\"true\" and \"1\"").containsExactly(true, true);
          assertThat(rewards.get(0).getValueRemaining()).isEqualTo(dec("20.00"));
          assertThat(rewards.get(1).getValueRemaining()).isEqualTo(dec("5.00"));
          assertThat(rewards.get(1).getDefinition().getName()).isEqualTo("Welcome Reward");
          assertThat(rewards.get(1).getDefinition().getType().value()).isEqualTo("activation");
          assertThat(page.meta().getTotal()).isEqualTo(2);
        }),
        one("getMyReward", Reward.class, r -> {
          assertThat(r.getId()).isEqualTo(70412L);
          assertThat(r.getIsActive()).as("\"true\"").isTrue();
          assertThat(r.getIsExpired()).isFalse();
          assertThat(r.getValueInitial()).isEqualTo(dec("20.00"));
          assertThat(r.getHasNotifiedExpiry()).isNull();
          assertThat(r.getDefinition().getName()).isEqualTo("Birthday Reward");
          assertThat(r.getDefinition().getType().value()).isEqualTo("birthday");
          assertThat(r.getDefinition().getPeriodType().value()).isEqualTo("days");
          assertThat(r.getDefinition().getValue()).isEqualTo(dec("20"));
          assertThat(r.getDefinition().getRegion()).isNull();
        }),
        page("listMyBenefits", Benefit.class, page -> {
          List<Benefit> benefits = page.items();
          assertThat(benefits).extracting(Benefit::getId).containsExactly(30077L, 30012L);
          assertThat(benefits.get(0).getIsExpired()).as("\"0\"").isFalse();
          assertThat(benefits.get(0).getRedemptionsRemaining()).as("\"3\"").isEqualTo(3);
          assertThat(benefits.get(0).getDefinition().getId()).as("\"94\"").isEqualTo(94L);
          assertThat(benefits.get(1).getIsRedeemable()).isTrue();
          assertThat(benefits.get(1).getRedemptionsRemaining()).isEqualTo(1);
          assertThat(benefits.get(1).getExternalId()).isNull();
          assertThat(benefits.get(1).getMeta()).containsEntry("source", "tier-upgrade");
        }),
        one("getMyBenefit", Benefit.class, b -> {
          assertThat(b.getId()).isEqualTo(30077L);
          assertThat(b.getExternalId()).isEqualTo("ALT-2025-0042");
          assertThat(b.getIsExpired()).as("\"0\"").isFalse();
          assertThat(b.getIsRedeemable()).as("\"1\"").isTrue();
          assertThat(b.getRedemptionsRemaining()).as("\"3\"").isEqualTo(3);
          assertThat(b.getDefinition().getId()).as("\"94\"").isEqualTo(94L);
          assertThat(b.getDefinition().getName()).isEqualTo("Free Alterations");
          assertThat(b.getDefinition().getMaxRedemptions()).isEqualTo(3);
          assertThat(b.getDefinition().getTags()).containsExactly("gold", "in-store");
          assertThat(b.getValue()).isNull();
          assertThat(b.getTotalGlobalRedemptionsRemaining()).isNull();
          assertThat(b.getMeta()).isEmpty();
        }),
        one("redeemMyBenefit", Redemption.class, r -> {
          assertThat(r.getId()).isEqualTo(170L);
          assertThat(r.getType()).isEqualTo("benefit");
          assertThat(r.getTotal()).isEqualTo(dec("0.00"));
          assertThat(r.getMeta()).containsEntry("channel", "pos");
          assertThat(r.getTransactionId()).isNull();
          assertThat(r.getLocation()).isNull();
          assertThat(r.getItems()).extracting(item -> item.getId()).containsExactly(171L);
          assertThat(r.getItems().get(0).getValue()).isNull();
          assertThat(r.getItems().get(0).getTypeAttributes().getId()).as("the embedded benefit").isEqualTo(30077L);
          assertThat(r.getItems().get(0).getTypeAttributes().getRedemptionsRemaining()).as("\"2\"").isEqualTo(2);
        }),
        one("getMyTierProgress", TierProgress.class, t -> {
          assertThat(t.getId()).isEqualTo(8841L);
          assertThat(t.getCurrentTier().getName()).isEqualTo("Silver");
          assertThat(t.getNextTier().getName()).isEqualTo("Gold");
          assertThat(t.getPrevTier().getIsFloor()).isTrue();
          assertThat(t.getCurrentTier().getMeta()).as("meta: []").isEmpty();
          assertThat(t.getNextRemain()).isEqualTo(dec("1320"));
          assertThat(t.getCurrentProgress()).isEqualTo(dec("1180"));
          assertThat(t.getTotalPointsAchievement()).isNull();
          assertThat(t.getMaintainedAt()).isNull();
          assertThat(t.getUpdatedAt()).isEqualTo("2025-03-02 01:07:28");
        }),
        one("calculateMyTierProgress", TierProgress.class, t -> {
          assertThat(t.getId()).isEqualTo(8841L);
          assertThat(t.getProfileId()).isEqualTo(PROFILE_ID);
          assertThat(t.getCurrentTier().getHandle()).isEqualTo("silver");
          assertThat(t.getNextTier().getValueMin()).isEqualTo(dec("2500"));
          assertThat(t.getPrevTier().getName()).isEqualTo("Bronze");
          assertThat(t.getIsFloor()).isFalse();
          assertThat(t.getTotalPointsAchievement()).isNull();
          assertThat(t.getUpdatedAt()).as("after the recalculation").isEqualTo("2025-03-02 04:15:02");
        }),
        one("getMyAggregations", Aggregations.class, a -> {
          assertThat(a.getProfileId()).isEqualTo(PROFILE_ID);
          assertThat(a.getSpend12m()).isEqualTo(dec("1180.00"));
          assertThat(a.getSpendAll()).isEqualTo(dec("3127.40"));
          assertThat(a.getShopCount()).as("\"22\"").isEqualTo(dec("22"));
          assertThat(a.getAverageShopDays()).isEqualTo(dec("48.5"));
          assertThat(a.getLikelyStateIsoScore()).as("a plain 0.91").isEqualTo(dec("0.91"));
          assertThat(a.getStoreJoin()).as("store_join: null").isNull();
          assertThat(a.getMostTransactedLocation().getName()).isEqualTo("Collins Street Flagship");
          assertThat(a.getLatestTransactedLocation().getId()).isEqualTo(12L);
          assertThat(a.getDimensionFrequency().value()).isEqualTo("FL");
          assertThat(a.getChannel().value()).isEqualTo("CO");
          assertThat(a.getPurchasedBrands()).containsExactly("Kinfolk", "Marlow & Co");
        }),
        one("calculateMyAggregations", Aggregations.class, a -> {
          assertThat(a.getProfileId()).isEqualTo(PROFILE_ID);
          assertThat(a.getSpend12m()).as("recalculated").isEqualTo(dec("1329.95"));
          assertThat(a.getSpend12mNow()).isEqualTo(dec("1329.95"));
          assertThat(a.getLatestShopSpend()).isEqualTo(dec("149.95"));
          assertThat(a.getTotalShopDays()).isEqualTo(dec("729"));
          assertThat(a.getStoreJoin()).isNull();
          assertThat(a.getDimensionRecency().value()).isEqualTo("RC");
          assertThat(a.getTransactedLocations()).isEqualTo("S04,S12");
        }),
        // -- transactions, claims, ledgers, interactions, connections ------------------------------------------
        page("listMyTransactions", Transaction.class, page -> {
          List<Transaction> transactions = page.items();
          assertThat(transactions).extracting(Transaction::getId).containsExactly(90017L, 89954L);
          Transaction first = transactions.get(0);
          assertThat(first.getRedemption().getId()).isEqualTo(158L);
          assertThat(OmneoJson.raw(first, "redemption")).isEmpty();
          Transaction bare = transactions.get(1);
          assertThat(bare.getExternalId()).as("a numeric external_id").isEqualTo("60391123");
          assertThat(bare.getRedemption()).as("redemption as a bare id").isNull();
          assertThat(OmneoJson.raw(bare, "redemption")).contains(158L);
          assertThat(bare.getLocation()).as("location as a bare id").isNull();
          assertThat(OmneoJson.raw(bare, "location")).contains(12L);
          assertThat(bare.getLocationId()).isEqualTo(4L);
          assertThat(bare.getTotal()).as("a plain 119.95").isEqualTo(dec("119.95"));
          assertThat(bare.getReceiptRef()).as("a numeric receipt_ref").isEqualTo("4471");
          assertThat(bare.getItems().get(0).getSku()).as("a numeric sku").isEqualTo("1012310");
          assertThat(bare.getPayments().get(0).getPaymentCode()).isEqualTo("VISA");
          assertThat(bare.getPayments().get(0).getTenderValue()).isEqualTo(dec("119.95"));
          assertThat(bare.getMeta()).containsEntry("pos_terminal", "T3");
          assertThat(page.meta().getTotal()).isEqualTo(2);
        }),
        one("getMyTransaction", Transaction.class, CorpusExpectations::transaction90017),
        found("findMyTransaction", Transaction.class, CorpusExpectations::transaction90017),
        page("listMyGroupedTransactions", GroupedTransaction.class, page -> {
          List<GroupedTransaction> groups = page.items();
          assertThat(groups).extracting(GroupedTransaction::getTransactionId).containsExactly(90017L, 89954L);
          assertThat(groups.get(0).getOrderNumber()).isEqualTo("10333");
          assertThat(groups.get(0).getNumberTransactions()).isEqualTo(2);
          assertThat(groups.get(1).getOrderNumber()).as("order_number: null").isNull();
          assertThat(page.hasNext()).as("next_page_url: null").isFalse();
        }),
        page("listMyUnassignedTransactionItems", TransactionItem.class, page -> {
          List<TransactionItem> items = page.items();
          assertThat(items).extracting(TransactionItem::getId).containsExactly(55021L, 55022L);
          assertThat(items.get(0).getPriceCurrent()).isEqualTo(dec("149.95"));
          assertThat(items.get(0).getPriceTax()).isEqualTo(dec("13.63"));
          assertThat(items.get(0).getDiscounts().get(0).getAmount()).isEqualTo(dec("30.00"));
          assertThat(items.get(1).getName()).isEqualTo("Canvas Tote");
          assertThat(items.get(1).getPriceSell()).isEqualTo(dec("39.00"));
          assertThat(items.get(1).getPriceOriginal()).isNull();
          assertThat(items.get(1).getDiscounts()).as("discounts: null").isNull();
          assertThat(page.meta()).as("a plain {\"data\": [...]}").isNull();
        }),
        page("listMyTransactionProducts", TransactionProductVariant.class, page -> {
          List<TransactionProductVariant> products = page.items();
          assertThat(products).extracting(TransactionProductVariant::getId).containsExactly(333729L);
          TransactionProductVariant p = products.get(0);
          assertThat(p.getCountt()).isEqualTo(2);
          assertThat(p.getPurchaseQty()).as("\"2\"").isEqualTo(dec("2"));
          assertThat(p.getRefundQty()).as("\"0\"").isEqualTo(dec("0"));
          assertThat(p.getProduct().getPurchaseQty()).isEqualTo(dec("3"));
          assertThat(p.getPrice()).isEqualTo(dec("149.95"));
          assertThat(p.getWebUrl()).isNull();
          assertThat(p.getMeta()).isEmpty();
        }),
        page("listMyTransactionClaims", TransactionClaim.class, page -> {
          List<TransactionClaim> claims = page.items();
          assertThat(claims).extracting(TransactionClaim::getId).containsExactly(2207L, 2190L);
          assertThat(claims).extracting(TransactionClaim::getStatus).containsExactly("pending", "claimed");
          assertThat(claims.get(0).getTransactionTotal()).isEqualTo(dec("49.99"));
          assertThat(claims.get(0).getClaimedTransactionId()).isNull();
          assertThat(claims.get(1).getTransactionTotal()).isEqualTo(dec("120.50"));
          assertThat(claims.get(1).getClaimedTransactionId()).isEqualTo(89954L);
        }),
        one("getMyTransactionClaim", TransactionClaim.class, c -> {
          assertThat(c.getId()).isEqualTo(2207L);
          assertThat(c.getTransactionTotal()).as("\"49.99\"").isEqualTo(dec("49.99"));
          assertThat(c.getTransactionReceiptRef()).isEqualTo("88231");
          assertThat(c.getAttempts()).isEqualTo(2);
          assertThat(c.getClaimedAt()).isNull();
        }),
        page("listMyLedgers", Ledger.class, page -> {
          List<Ledger> ledgers = page.items();
          assertThat(ledgers).extracting(Ledger::getId).containsExactly(4410L, 4398L);
          assertThat(ledgers.get(0).getType()).isEqualTo("transaction");
          assertThat(ledgers.get(0).getTypeAttributes().getId()).isEqualTo(90017L);
          assertThat(ledgers.get(1).getType()).isEqualTo("order");
          assertThat(ledgers.get(1).getTypeAttributes().getId()).isEqualTo(88800L);
          assertThat(ledgers.get(1).getTypeAttributes().getTotal()).isEqualTo(dec("64.00"));
          assertThat(ledgers.get(1).getTypeAttributes().getRedemption()).isNull();
          assertThat(ledgers.get(1).getTypeAttributes().getPayments()).isEmpty();
        }),
        one("getMyLedger", Ledger.class, l -> {
          assertThat(l.getId()).isEqualTo(4410L);
          assertThat(l.getProfile().getId()).isEqualTo(PROFILE_ID);
          assertThat(l.getType()).isEqualTo("transaction");
          transaction90017(l.getTypeAttributes());
        }),
        page("listMyInteractions", Interaction.class, page -> {
          List<Interaction> interactions = page.items();
          assertThat(interactions).extracting(Interaction::getId).containsExactly(6120L, 6102L);
          assertThat(interactions.get(0).getDuration()).as("\"42.5\"").isEqualTo(dec("42.5"));
          assertThat(interactions.get(0).getMeta()).as("meta: []").isEmpty();
          Interaction visit = interactions.get(1);
          assertThat(visit.getAction().value()).isEqualTo("visit");
          assertThat(visit.getChannel().value()).isEqualTo("location");
          assertThat(visit.getLatitude()).as("\"-37.8153\"").isEqualTo(dec("-37.8153"));
          assertThat(visit.getLongitude()).isEqualTo(dec("144.9669"));
          assertThat(visit.getDuration()).isNull();
          assertThat(visit.getLocation().getName()).isEqualTo("Collins Street Flagship");
          assertThat(visit.getMeta()).containsEntry("visit_source", "wifi");
        }),
        one("getMyInteraction", Interaction.class, i -> {
          assertThat(i.getId()).isEqualTo(6120L);
          assertThat(i.getAction().value()).isEqualTo("view");
          assertThat(i.getChannel().value()).isEqualTo("website");
          assertThat(i.getSignal()).isEqualTo(1);
          assertThat(i.getDuration()).as("\"42.5\"").isEqualTo(dec("42.5"));
          assertThat(i.getProductVariantId()).isEqualTo(333729L);
          assertThat(i.getIdentity()).isNull();
          assertThat(i.getLocation()).isNull();
        }),
        page("listMyConnections", Connection.class, page -> {
          Connection c = page.items().get(0);
          assertThat(page.items()).hasSize(1);
          assertThat(c.getId()).isEqualTo(42L);
          assertThat(c.getName()).isEqualTo("Harriet and Tobias");
          assertThat(c.getStatus()).isEqualTo(ConnectionStatus.ACCEPTED);
          assertThat(c.getDefinition().getName()).isEqualTo("Family");
          assertThat(c.getConnectedId()).isEqualTo(CONNECTED_ID);
          assertThat(c.getConnected().getBirthYear()).as("\"2012\"").isEqualTo(2012);
          assertThat(c.getConnector().getBirthYear()).as("1988").isEqualTo(1988);
          assertThat(c.getDisconnectedAt()).isNull();
          assertThat(c.getIsPrimary()).isTrue();
        }),
        // -- achievements, credits, orders, redemptions --------------------------------------------------------
        page("listMyAchievements", Achievement.class, page -> {
          List<Achievement> achievements = page.items();
          assertThat(achievements).extracting(Achievement::getId).containsExactly(1502L, 1477L);
          assertThat(achievements.get(0).getCount()).isEqualTo(7);
          assertThat(achievements.get(1).getCount()).as("\"1\"").isEqualTo(1);
          assertThat(achievements.get(1).getDefinition().getName()).isEqualTo("First purchase");
          assertThat(achievements.get(0).getDefinition().getLevels().get(0).getRepeats()).as("repeats: 0").isFalse();
          assertThat(achievements.get(0).getDefinition().getLevels().get(1).getMeta()).as("meta: []").isEmpty();
        }),
        one("getMyAchievement", Achievement.class, a -> {
          assertThat(a.getId()).isEqualTo(1502L);
          assertThat(a.getDefinitionId()).isEqualTo(11L);
          assertThat(a.getCount()).isEqualTo(7);
          assertThat(a.getDefinition().getName()).isEqualTo("Become a regular");
          assertThat(a.getDefinition().getLevels()).extracting(level -> level.getTrigger()).containsExactly(5, 15);
          assertThat(a.getDefinition().getLevels().get(0).getMeta()).containsKey("unlocks");
          assertThat(a.getDefinition().getMeta()).as("meta: null").isNull();
        }),
        page("listMyCredits", Credit.class, page -> {
          Credit c = page.items().get(0);
          assertThat(page.items()).hasSize(1);
          assertThat(c.getId()).isEqualTo(5581L);
          assertThat(c.getValueInitial()).isEqualTo(dec("100.00"));
          assertThat(c.getValueRemaining()).isEqualTo(dec("50.00"));
          assertThat(c.getDefinition().getName()).isEqualTo("Gift Card");
          assertThat(c.getMeta()).as("meta: []").isEmpty();
        }),
        one("getMyCredit", Credit.class, c -> {
          assertThat(c.getId()).isEqualTo(5581L);
          assertThat(c.getName()).isEqualTo("Birthday gift card");
          assertThat(c.getValueRemaining()).as("\"50.00\"").isEqualTo(dec("50.00"));
          assertThat(c.getCreatorProfileId()).isEqualTo(CONNECTED_ID);
          assertThat(c.getStaffId()).isNull();
          assertThat(c.getLocked()).isFalse();
          assertThat(c.getHasNotifiedRelease()).isNull();
          assertThat(c.getDefinition().getName()).isEqualTo("Gift Card");
          assertThat(c.getDefinition().getMaxValue()).isEqualTo(dec("500.00"));
          assertThat(c.getDefinition().getRegion().getName()).isEqualTo("Victoria");
          assertThat(c.getDefinition().getValue()).isNull();
        }),
        page("listMyOrders", Order.class, page -> {
          Order o = page.items().get(0);
          assertThat(page.items()).hasSize(1);
          assertThat(o.getId()).isEqualTo(88800L);
          assertThat(o.getCurrencyRate()).as("\"1.0000\"").isEqualTo(dec("1.0000"));
          assertThat(o.getPayments()).as("payment codes").containsExactly("AFTERPAY");
          assertThat(o.getStatus()).isEqualTo("awaiting_collection");
          assertThat(o.getItems().get(0).getName()).isEqualTo("Canvas Tote");
        }),
        one("getMyOrder", Order.class, o -> {
          assertThat(o.getId()).isEqualTo(88800L);
          assertThat(o.getExternalId()).isEqualTo("WEB-5521");
          assertThat(o.getTotal()).isEqualTo(dec("64.00"));
          assertThat(o.getTotalOriginal()).isNull();
          assertThat(o.getRedemption()).isNull();
          assertThat(o.getLocation()).isNull();
          assertThat(o.getType()).isEqualTo("web");
          assertThat(o.getDueDate()).isEqualTo("2025-02-18");
          assertThat(o.getItems().get(0).getPriceCurrent()).isEqualTo(dec("39.00"));
          assertThat(o.getItems().get(0).getOrderId()).isEqualTo("WEB-5521");
          assertThat(o.getTransactions()).isEmpty();
        }),
        page("listMyRedemptions", Redemption.class, page -> {
          List<Redemption> redemptions = page.items();
          assertThat(redemptions).extracting(Redemption::getId).containsExactly(158L, 163L);
          assertThat(redemptions).extracting(Redemption::getTransactionId).as("\"90017\" and 89954")
              .containsExactly(90017L, 89954L);
          assertThat(redemptions.get(0).getTotal()).isEqualTo(dec("10.00"));
          Redemption credit = redemptions.get(1);
          assertThat(credit.getTotal()).isEqualTo(dec("50.00"));
          assertThat(credit.getItems().get(0).getType()).isEqualTo("credit");
          assertThat(credit.getItems().get(0).getValue()).isEqualTo(dec("50.00"));
          RedemptionItemAttributes held = credit.getItems().get(0).getTypeAttributes();
          assertThat(held.getCreditNumber()).as("the embedded credit, typed").isNotBlank();
          assertThat(held.getDefinition().getName()).isNotBlank();
          assertThat(credit.getTransaction().getExternalId()).as("a numeric external_id").isEqualTo("60391123");
          assertThat(credit.getTransaction().getTotal()).isEqualTo(dec("119.95"));
          assertThat(credit.getTransaction().getLocation().getName()).isEqualTo("Chadstone");
          assertThat(credit.getRedeemAt()).isNull();
        }),
        one("getMyRedemption", Redemption.class, r -> {
          assertThat(r.getId()).isEqualTo(158L);
          assertThat(r.getTransactionId()).as("\"90017\"").isEqualTo(90017L);
          assertThat(r.getTotal()).isEqualTo(dec("10.00"));
          assertThat(r.getTotalLocalised()).isEqualTo(dec("10.00"));
          assertThat(r.getProfile().getFullName()).isEqualTo("Harriet Okonkwo-Lane");
          assertThat(r.getLocation().getType()).isEqualTo("store");
          assertThat(r.getItems().get(0).getType()).isEqualTo("reward");
          RedemptionItemAttributes reward = r.getItems().get(0).getTypeAttributes();
          assertThat(reward.getValueRemaining()).as("the embedded reward, typed").isEqualTo(dec("0.00"));
          assertThat(reward.getIsActive()).isFalse();
          assertThat(reward.getDefinition().getName()).isEqualTo("Birthday Reward");
          assertThat(reward.getDefinition().getTags()).containsExactly("birthday");
          assertThat(r.getMeta()).isEmpty();
          assertThat(r.getTransaction()).isNull();
        }),
        one("redeemMyBalance", RedeemResult.class, r -> {
          assertThat(r.getId()).as("\"19042\"").isEqualTo(19042L);
          assertThat(r.getProfileId()).isEqualTo(PROFILE_ID);
          assertThat(r.getTotal()).isEqualTo(dec("15.00"));
          assertThat(r.getTotalLocalised()).isEqualTo(dec("15.00"));
          assertThat(r.getBalances().getRewardBalance()).as("after the redemption").isEqualTo(dec("10.00"));
          assertThat(r.getBalances().getCombinedBalanceDollars()).isEqualTo(dec("21.80"));
          assertThat(r.getCurrency().getRate()).isEqualTo(dec("1.000000"));
          assertThat(r.getLocationId()).isNull();
          assertThat(r.getTransactionExternalId()).isNull();
          assertThat(r.getMeta()).as("meta: []").isEmpty();
        }),
        // -- locations and the mint ----------------------------------------------------------------------------
        page("listLocations", Location.class, page -> {
          List<Location> locations = page.items();
          assertThat(locations).extracting(Location::getId).containsExactly(4L, 12L);
          assertThat(locations.get(0).getSpecialHours().get(0).getIsRepeating()).as("is_repeating: 1").isTrue();
          assertThat(locations.get(0).getAddress().getLatitude()).isEqualTo(dec("-37.8153"));
          assertThat(locations.get(1).getName()).isEqualTo("Chadstone");
          assertThat(locations.get(1).getTimezone()).as("timezone: null").isNull();
          assertThat(locations.get(1).getAddress()).isNull();
          assertThat(locations.get(1).getCustomFields()).as("custom_fields: []").isEqualTo(Collections.emptyList());
          assertThat(page.meta().getTotal()).isEqualTo(2);
          assertThat(page.meta().getLinks()).hasSize(3);
          assertThat(page.links().getNext()).isNull();
          assertThat(page.hasNext()).isFalse();
        }),
        one("getLocation", Location.class, l -> {
          assertThat(l.getId()).isEqualTo(4L);
          assertThat(l.getName()).isEqualTo("Collins Street Flagship");
          assertThat(l.getHandle()).isEqualTo("collins-street");
          assertThat(l.getIsPublished()).isTrue();
          assertThat(l.getAddress().getCity()).isEqualTo("Melbourne");
          assertThat(l.getAddress().getLongitude()).isEqualTo(dec("144.9669"));
          assertThat(l.getNormalHours()).extracting(h -> h.getDayOfWeek().value()).containsExactly("MON", "SAT");
          assertThat(l.getSpecialHours().get(0).getName()).isEqualTo("Christmas Eve");
          assertThat(l.getSpecialHours().get(0).getIsRepeating()).as("is_repeating: 1").isTrue();
          assertThat(l.getCountryIso3()).isEqualTo("AUS");
          assertThat(l.getIcon()).isNull();
        }),
        one("requestAuthToken", IdToken.class, token -> {
          assertThat(token.value()).startsWith("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.");
          assertThat(token.profileId()).contains(PROFILE_ID);
          assertThat(token.expiresAt()).as("data.exp").isEqualTo(Instant.ofEpochSecond(1767225599L));
          assertThat(token.isAnonymous()).isFalse();
        }));
  }

  /** The transaction of {@code getMyTransaction.json}, also what {@code findMyTransaction} finds and a ledger holds. */
  private static void transaction90017(Transaction t) {
    assertThat(t.getId()).isEqualTo(90017L);
    assertThat(t.getExternalId()).isEqualTo("ORDER-10333");
    assertThat(t.getTotal()).as("\"149.95\"").isEqualTo(dec("149.95"));
    assertThat(t.getTotalOriginal()).isEqualTo(dec("179.95"));
    assertThat(t.getRounding()).as("\"0.00\"").isEqualTo(dec("0.00"));
    assertThat(t.getTotalConverted()).isNull();
    assertThat(t.getRedemption().getId()).as("an embedded redemption").isEqualTo(158L);
    assertThat(t.getRedemption().getLocation().getId()).as("location id \"4\"").isEqualTo(4L);
    assertThat(t.getRedemption().getItems().get(0).getTypeAttributes().getValueInitial()).isEqualTo(dec("10.00"));
    assertThat(OmneoJson.raw(t, "redemption")).isEmpty();
    assertThat(t.getLocation().getName()).isEqualTo("Collins Street Flagship");
    assertThat(t.getItems().get(0).getQuantity()).isEqualTo(dec("1"));
    assertThat(t.getItems().get(0).getDiscounts().get(0).getAmount()).isEqualTo(dec("30.00"));
    assertThat(t.getItems().get(0).getProduct().getBrand()).isEqualTo("Kinfolk");
    assertThat(t.getPayments()).as("a payment code where an object is declared").containsExactly((Payment) null);
    assertThat(OmneoJson.raw(t, "payments")).contains(List.of("EFTPOS"));
    assertThat(t.getStaff().getFullName()).isEqualTo("Priya Natarajan");
    assertThat(t.getMeta()).as("meta: []").isEmpty();
    assertThat(t.getReceiptRef()).isEqualTo("659");
    assertThat(t.getIsVoid()).isFalse();
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static BigDecimal dec(String digits) {
    return new BigDecimal(digits);
  }

  private static final class Row {
    final String operationId;
    final Consumer<Object> check;

    Row(String operationId, Consumer<Object> check) {
      this.operationId = operationId;
      this.check = check;
    }
  }

  /** The call returns one {@code type}. */
  private static <T> Row one(String operationId, Class<T> type, Consumer<T> check) {
    return new Row(operationId, result -> {
      assertThat(result).as(operationId).isInstanceOf(type);
      check.accept(type.cast(result));
    });
  }

  /** The call returns {@code Optional<type>}, present. */
  private static <T> Row found(String operationId, Class<T> type, Consumer<T> check) {
    return new Row(operationId, result -> {
      assertThat(result).as(operationId).isInstanceOf(Optional.class);
      Object found = ((Optional<?>) result).orElseThrow(() -> new AssertionError(operationId + ": nothing found"));
      assertThat(found).isInstanceOf(type);
      check.accept(type.cast(found));
    });
  }

  /** The call returns {@code List<type>}. */
  @SuppressWarnings("unchecked")
  private static <T> Row list(String operationId, Class<T> type, Consumer<List<T>> check) {
    return new Row(operationId, result -> {
      assertThat(result).as(operationId).isInstanceOf(List.class);
      assertThat((List<?>) result).allSatisfy(item -> assertThat(item).isInstanceOf(type));
      check.accept((List<T>) result);
    });
  }

  /** The call returns {@code Page<type>}. */
  @SuppressWarnings("unchecked")
  private static <T> Row page(String operationId, Class<T> type, Consumer<Page<T>> check) {
    return new Row(operationId, result -> {
      assertThat(result).as(operationId).isInstanceOf(Page.class);
      assertThat(((Page<?>) result).items()).allSatisfy(item -> assertThat(item).isInstanceOf(type));
      check.accept((Page<T>) result);
    });
  }
}
