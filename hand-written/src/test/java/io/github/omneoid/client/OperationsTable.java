package io.github.omneoid.client;

import static io.github.omneoid.client.OperationCase.op;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.omneoid.client.ConnectionsResource;
import io.github.omneoid.model.AddressInput;
import io.github.omneoid.model.AddressUpdateInput;
import io.github.omneoid.model.Aggregations;
import io.github.omneoid.model.Balances;
import io.github.omneoid.model.BenefitRedeemInput;
import io.github.omneoid.model.BenefitUpdateInput;
import io.github.omneoid.model.CommsChannel;
import io.github.omneoid.model.ConnectionStatus;
import io.github.omneoid.model.ConnectionUpdateInput;
import io.github.omneoid.model.CustomAttributeInput;
import io.github.omneoid.model.CustomAttributeType;
import io.github.omneoid.model.DatesAttributeInput;
import io.github.omneoid.model.IdentityInput;
import io.github.omneoid.model.IdentityUpdateInput;
import io.github.omneoid.model.ProfileAppearanceInput;
import io.github.omneoid.model.ProfileCommsInput;
import io.github.omneoid.model.ProfileListInput;
import io.github.omneoid.model.ProfileListItemInput;
import io.github.omneoid.model.ProfileListUpdateInput;
import io.github.omneoid.model.ProfileRegionInput;
import io.github.omneoid.model.ProfileRegionUpdateInput;
import io.github.omneoid.model.ProfileType;
import io.github.omneoid.model.ProfileUpdate;
import io.github.omneoid.model.ProfileUpsert;
import io.github.omneoid.model.ProfileUpsertAttributes;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every ID operation the client wraps, with what it must send and what it must return. */
final class OperationsTable {

  private OperationsTable() {
  }

  static final String PROFILE = "{\"data\":{\"id\":\"p-1\",\"first_name\":\"Ann\"}}";
  static final String PAGE_OF_ONE = "{\"data\":[{\"id\":7}],\"links\":{\"first\":\"f\",\"last\":\"l\",\"prev\":null,"
      + "\"next\":null},\"meta\":{\"current_page\":1,\"last_page\":1,\"per_page\":15,\"total\":1}}";
  static final String ONE_WITH_ID_7 = "{\"data\":{\"id\":7}}";
  static final String LIST_OF_ID_7 = "{\"data\":[{\"id\":7}]}";

  static List<OperationCase> all() {
    return Arrays.asList(
        // profile root
        op("getMyProfile", s -> s.profile.get(Query.of().include("tier")))
            .answers(PROFILE).sends("GET", "/profiles/me?include=tier").returns(firstName("Ann")),
        op("updateMyProfile", s -> s.profile.update(new ProfileUpdate().firstName("Ann")))
            .answers(PROFILE).sends("PUT", "/profiles/me").withBody("{\"first_name\":\"Ann\"}")
            .returns(firstName("Ann")),
        op("deleteMyProfile", s -> {
          s.profile.delete();
          return null;
        }).answers("{\"data\":null}").sends("DELETE", "/profiles/me").returns(isNull()),
        op("purgeMyProfile", s -> {
          s.profile.purge();
          return null;
        }).answers(204, "").sends("DELETE", "/profiles/me/purge").returns(isNull()),
        op("resyncMyProfile", s -> s.profile.resync())
            .answers(PROFILE).sends("GET", "/profiles/me/resync").returns(firstName("Ann")),
        op("updateMyCommsSubscription", s -> s.profile.subscribe(CommsChannel.SMS))
            .answers("{\"data\":[{\"profile_id\":\"p-1\",\"sms_promo\":true,\"sms_optout\":false}]}")
            .sends("PUT", "/profiles/me/comms").withBody("{\"sms_optout\":false,\"sms_promo\":true}")
            .returns(r -> assertThat(((io.github.omneoid.model.ProfileComms) r).getSmsPromo()).isTrue()),
        op("redeemMyBalance", s -> s.profile.redeem(new BigDecimal("12.50")))
            .answers("{\"data\":{\"id\":3,\"total\":12.5}}").sends("POST", "/profiles/me/redeem")
            .withBody("{\"amount\":12.50}")
            .returns(r -> assertThat(((io.github.omneoid.model.RedeemResult) r).getTotal()).isEqualByComparingTo("12.5")),
        op("updateMyProfileType", s -> s.profile.updateType(ProfileType.ACTIVE))
            .answers("{\"data\":{\"id\":\"p-1\",\"profile_type\":\"active\"}}").sends("PUT", "/profiles/me/update-type")
            .withBody("{\"profile_type\":\"active\"}")
            .returns(r -> assertThat(((io.github.omneoid.model.Profile) r).getProfileType()).isEqualTo(ProfileType.ACTIVE)),
        op("listMyTransactionProducts", s -> s.profile.transactionProducts(
            Query.of().filter("transacted_at", "2025-01-01 00:00:00")))
            .answers(PAGE_OF_ONE)
            .sends("GET", "/profiles/me/transaction-products?filter%5Btransacted_at%5D=2025-01-01%2000%3A00%3A00")
            .returns(pageOfOne()),
        // attributes
        op("getMyCommsAttributes", s -> s.profile.attributes().comms().get())
            .answers("{\"data\":{\"email_promo\":true}}").sends("GET", "/profiles/me/attributes/comms")
            .returns(r -> assertThat(((io.github.omneoid.model.ProfileComms) r).getEmailPromo()).isTrue()),
        op("updateMyCommsAttributes", s -> s.profile.attributes().comms().update(
            new ProfileCommsInput().pushDiscover(false)))
            .answers("{\"data\":{\"push_discover\":false}}").sends("PUT", "/profiles/me/attributes/comms")
            .withBody("{\"push_discover\":false}")
            .returns(r -> assertThat(((io.github.omneoid.model.ProfileComms) r).getPushDiscover()).isFalse()),
        op("getMyAppearanceAttributes", s -> s.profile.attributes().appearance().get())
            .answers("{\"data\":{\"hair_colour\":\"Brown\"}}").sends("GET", "/profiles/me/attributes/appearance")
            .returns(r -> assertThat(((io.github.omneoid.model.ProfileAppearance) r).getHairColour()).isEqualTo("Brown")),
        op("updateMyAppearanceAttributes", s -> s.profile.attributes().appearance().update(
            new ProfileAppearanceInput().hairColour("Red")))
            .answers("{\"data\":{\"hair_colour\":\"Red\"}}").sends("PUT", "/profiles/me/attributes/appearance")
            .withBody("{\"hair_colour\":\"Red\"}")
            .returns(r -> assertThat(((io.github.omneoid.model.ProfileAppearance) r).getHairColour()).isEqualTo("Red")),
        op("listMyCustomAttributes", s -> s.profile.attributes().custom().list(Query.of()))
            .answers("{\"data\":[{\"namespace\":\"shop\",\"handle\":\"size\",\"value\":\"M\"}]}")
            .sends("GET", "/profiles/me/attributes/custom").returns(listOfSize(1)),
        op("getMyCustomAttribute", s -> s.profile.attributes().custom().get("shop", "size"))
            .answers("{\"data\":{\"namespace\":\"shop\",\"handle\":\"size\",\"value\":\"M\"}}")
            .sends("GET", "/profiles/me/attributes/custom/shop:size")
            .returns(r -> assertThat(((io.github.omneoid.model.CustomAttribute) r).getValue()).isEqualTo("M")),
        op("upsertMyCustomAttribute", s -> s.profile.attributes().custom().update("shop", "size",
            new CustomAttributeInput().type(CustomAttributeType.STRING).value("L")))
            .answers("{\"data\":{\"namespace\":\"shop\",\"handle\":\"size\",\"value\":\"L\"}}")
            .sends("PUT", "/profiles/me/attributes/custom/shop:size").withBody("{\"type\":\"string\",\"value\":\"L\"}")
            .returns(r -> assertThat(((io.github.omneoid.model.CustomAttribute) r).getValue()).isEqualTo("L")),
        op("deleteMyCustomAttribute", s -> {
          s.profile.attributes().custom().delete("shop", "size");
          return null;
        }).answers(204, "").sends("DELETE", "/profiles/me/attributes/custom/shop:size").returns(isNull()),
        op("listMyDatesAttributes", s -> s.profile.attributes().dates().list(Query.of()))
            .answers(LIST_OF_ID_7).sends("GET", "/profiles/me/attributes/dates").returns(listOfSize(1)),
        op("upsertMyDatesAttribute", s -> s.profile.attributes().dates().update(
            new DatesAttributeInput().date("2020-05-01").handle("anniversary").relationship("Me")))
            .answers(ONE_WITH_ID_7).sends("PUT", "/profiles/me/attributes/dates")
            .withBody("{\"date\":\"2020-05-01\",\"handle\":\"anniversary\",\"relationship\":\"Me\"}")
            .returns(r -> assertThat(((io.github.omneoid.model.DatesAttribute) r).getId()).isEqualTo(7L)),
        op("deleteMyDatesAttribute", s -> s.profile.attributes().dates().delete(7))
            .answers("{\"data\":[{\"id\":8}]}").sends("DELETE", "/profiles/me/attributes/dates/7").returns(listOfSize(1)),
        // addresses, identities, regions
        op("listMyAddresses", s -> s.profile.addresses().list())
            .answers("{\"data\":[{\"id\":518,\"city\":\"Melbourne\"}]}").sends("GET", "/profiles/me/addresses")
            .returns(listOfSize(1)),
        op("createMyAddress", s -> s.profile.addresses().create(new AddressInput().addressLine1("1 Main St")
            .city("Melbourne").postcode("3000").state("VIC").country("AU")))
            .answers("{\"data\":{\"id\":\"519\"}}").sends("POST", "/profiles/me/addresses")
            .withBody("{\"address_line_1\":\"1 Main St\",\"city\":\"Melbourne\",\"postcode\":\"3000\",\"state\":\"VIC\","
                + "\"country\":\"AU\"}")
            .returns(r -> assertThat(((io.github.omneoid.model.Address) r).getId()).isEqualTo(519L)),
        op("getMyAddress", s -> s.profile.addresses().get(518))
            .answers("{\"data\":{\"id\":518}}").sends("GET", "/profiles/me/addresses/518")
            .returns(r -> assertThat(((io.github.omneoid.model.Address) r).getId()).isEqualTo(518L)),
        op("updateMyAddress", s -> s.profile.addresses().update(518, new AddressUpdateInput().isDefault(true)))
            .answers("{\"data\":{\"id\":518,\"is_default\":true}}").sends("PUT", "/profiles/me/addresses/518")
            .withBody("{\"is_default\":true}")
            .returns(r -> assertThat(((io.github.omneoid.model.Address) r).getIsDefault()).isTrue()),
        op("deleteMyAddress", s -> {
          s.profile.addresses().delete(518);
          return null;
        }).answers(204, "").sends("DELETE", "/profiles/me/addresses/518").returns(isNull()),
        op("listMyIdentities", s -> s.profile.identities().list())
            .answers(LIST_OF_ID_7).sends("GET", "/profiles/me/identities").returns(listOfSize(1)),
        op("createMyIdentity", s -> s.profile.identities().create(new IdentityInput().handle("shopify").identifier("123")))
            .answers(ONE_WITH_ID_7).sends("POST", "/profiles/me/identities")
            .withBody("{\"handle\":\"shopify\",\"identifier\":\"123\"}").returns(identityId(7)),
        op("getMyIdentityByHandle", s -> s.profile.identities().get("shopify"))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/identities/shopify").returns(identityId(7)),
        op("updateMyIdentityByHandle", s -> s.profile.identities().update("shopify",
            new IdentityUpdateInput().identifier("456")))
            .answers(ONE_WITH_ID_7).sends("PUT", "/profiles/me/identities/shopify")
            .withBody("{\"identifier\":\"456\"}").returns(identityId(7)),
        op("deleteMyIdentityByHandle", s -> {
          s.profile.identities().delete("shopify");
          return null;
        }).answers(204, "").sends("DELETE", "/profiles/me/identities/shopify").returns(isNull()),
        op("getMyIdentityById", s -> s.profile.identities().getById(7))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/identities/id/7").returns(identityId(7)),
        op("updateMyIdentityById", s -> s.profile.identities().updateById(7, new IdentityUpdateInput().isPrimary(true)))
            .answers(ONE_WITH_ID_7).sends("PUT", "/profiles/me/identities/id/7").withBody("{\"is_primary\":true}")
            .returns(identityId(7)),
        op("deleteMyIdentityById", s -> {
          s.profile.identities().deleteById(7);
          return null;
        }).answers(204, "").sends("DELETE", "/profiles/me/identities/id/7").returns(isNull()),
        op("listMyRegions", s -> s.profile.regions().list())
            .answers(LIST_OF_ID_7).sends("GET", "/profiles/me/regions").returns(listOfSize(1)),
        op("addMyRegion", s -> s.profile.regions().create(new ProfileRegionInput().regionId(1L).country("AU").state("VIC")))
            .answers("{\"data\":[{\"id\":1},{\"id\":2}]}").sends("POST", "/profiles/me/regions")
            .withBody("{\"region_id\":1,\"country\":\"AU\",\"state\":\"VIC\"}").returns(listOfSize(2)),
        op("updateMyRegion", s -> s.profile.regions().update(1, new ProfileRegionUpdateInput().isActive(false)))
            .answers("{\"data\":[{\"id\":1}]}").sends("PUT", "/profiles/me/regions/1").withBody("{\"is_active\":false}")
            .returns(listOfSize(1)),
        op("deleteMyRegion", s -> {
          s.profile.regions().delete(1);
          return null;
        }).answers(204, "").sends("DELETE", "/profiles/me/regions/1").returns(isNull()),
        // lists and items
        op("listMyLists", s -> s.profile.lists().list(Query.of().include("items")))
            .answers(LIST_OF_ID_7).sends("GET", "/profiles/me/lists?include=items").returns(listOfSize(1)),
        op("createMyList", s -> s.profile.lists().create(new ProfileListInput().name("Wishlist").handle("wishlist")))
            .answers(ONE_WITH_ID_7).sends("POST", "/profiles/me/lists")
            .withBody("{\"name\":\"Wishlist\",\"handle\":\"wishlist\"}").returns(listId(7)),
        op("getMyList", s -> s.profile.lists().get("wishlist"))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/lists/wishlist").returns(listId(7)),
        op("updateMyList", s -> s.profile.lists().update(7, new ProfileListUpdateInput().name("Faves")))
            .answers(ONE_WITH_ID_7).sends("PUT", "/profiles/me/lists/7").withBody("{\"name\":\"Faves\"}")
            .returns(listId(7)),
        op("deleteMyList", s -> {
          s.profile.lists().delete("wishlist");
          return null;
        }).answers(204, "").sends("DELETE", "/profiles/me/lists/wishlist").returns(isNull()),
        op("shareMyList", s -> s.profile.lists().share("wishlist"))
            .answers("{\"data\":{\"handle\":\"SHARE-9\"}}").sends("POST", "/profiles/me/lists/wishlist/shares")
            .withBody("")
            .returns(r -> assertThat(((io.github.omneoid.model.ListShare) r).getHandle()).isEqualTo("SHARE-9")),
        op("listMyListItems", s -> s.profile.lists().items("wishlist").list(Query.of()))
            .answers(LIST_OF_ID_7).sends("GET", "/profiles/me/lists/wishlist/items").returns(listOfSize(1)),
        op("createMyListItem", s -> s.profile.lists().items("wishlist").create(
            new ProfileListItemInput().productVariantSku("SKU-1").quantity(1)))
            .answers(ONE_WITH_ID_7).sends("POST", "/profiles/me/lists/wishlist/items")
            .withBody("{\"product_variant_sku\":\"SKU-1\",\"quantity\":1}").returns(itemId(7)),
        op("getMyListItem", s -> s.profile.lists().items("wishlist").get(7))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/lists/wishlist/items/7").returns(itemId(7)),
        op("updateMyListItem", s -> s.profile.lists().items("wishlist").update(7, new ProfileListItemInput().quantity(2)))
            .answers(ONE_WITH_ID_7).sends("PUT", "/profiles/me/lists/wishlist/items/7").withBody("{\"quantity\":2}")
            .returns(itemId(7)),
        op("deleteMyListItem", s -> {
          s.profile.lists().items("wishlist").delete(7);
          return null;
        }).answers("{\"data\":[]}").sends("DELETE", "/profiles/me/lists/wishlist/items/7").returns(isNull()),
        // loyalty
        op("getMyBalances", s -> s.profile.balances().get())
            .answers("{\"data\":{\"reward_balance\":10,\"combined_balance_dollars\":25.5}}")
            .sends("GET", "/profiles/me/balances")
            .returns(r -> assertThat(((Balances) r).getCombinedBalanceDollars()).isEqualByComparingTo("25.5")),
        op("listMyPoints", s -> s.profile.points().list(Query.of().pageSize(5)))
            .answers(PAGE_OF_ONE).sends("GET", "/profiles/me/points?page%5Bsize%5D=5").returns(pageOfOne()),
        op("getMyPoint", s -> s.profile.points().get(7))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/points/7")
            .returns(r -> assertThat(((io.github.omneoid.model.Point) r).getId()).isEqualTo(7L)),
        op("listMyRewards", s -> s.profile.rewards().list(Query.of().sort("-expires_at")))
            .answers(PAGE_OF_ONE).sends("GET", "/profiles/me/rewards?sort=-expires_at").returns(pageOfOne()),
        op("getMyReward", s -> s.profile.rewards().get(7))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/rewards/7")
            .returns(r -> assertThat(((io.github.omneoid.model.Reward) r).getId()).isEqualTo(7L)),
        op("listMyBenefits", s -> s.profile.benefits().list(Query.of()))
            .answers(PAGE_OF_ONE).sends("GET", "/profiles/me/benefits").returns(pageOfOne()),
        op("listMyBenefits", s -> s.profile.benefits().list(Query.of().params("tags[]", "csv", "download")
                .filter("claimed_at", "2020-10-10")))
            .answers(PAGE_OF_ONE)
            .sends("GET", "/profiles/me/benefits?tags%5B%5D=csv&tags%5B%5D=download&filter%5Bclaimed_at%5D=2020-10-10")
            .returns(pageOfOne()),
        op("getMyBenefit", s -> s.profile.benefits().get(7))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/benefits/7").returns(benefitId(7)),
        op("updateMyBenefit", s -> s.profile.benefits().update(7, new BenefitUpdateInput().externalId("X-1")))
            .answers(ONE_WITH_ID_7).sends("PUT", "/profiles/me/benefits/7").withBody("{\"external_id\":\"X-1\"}")
            .returns(benefitId(7)),
        op("deleteMyBenefit", s -> {
          s.profile.benefits().delete(7);
          return null;
        }).answers(204, "").sends("DELETE", "/profiles/me/benefits/7").returns(isNull()),
        op("redeemMyBenefit", s -> s.profile.benefits().redeem(7))
            .answers("{\"data\":{\"id\":12,\"profile_id\":\"p-1\"}}").sends("POST", "/profiles/me/benefits/7/redeem")
            .withBody("")
            .returns(r -> assertThat(((io.github.omneoid.model.Redemption) r).getId()).isEqualTo(12L)),
        op("redeemMyBenefit", s -> s.profile.benefits().redeem(7, new BenefitRedeemInput().count(2)))
            .answers("{\"data\":{\"id\":12,\"profile_id\":\"p-1\"}}").sends("POST", "/profiles/me/benefits/7/redeem")
            .withBody("{\"count\":2}")
            .returns(r -> assertThat(((io.github.omneoid.model.Redemption) r).getId()).isEqualTo(12L)),
        op("getMyTierProgress", s -> s.profile.tiers().list())
            .answers("{\"data\":{\"id\":1,\"current_tier\":{\"handle\":\"gold\"}}}").sends("GET", "/profiles/me/tiers")
            .returns(tier("gold")),
        op("calculateMyTierProgress", s -> s.profile.tiers().calculate())
            .answers("{\"data\":{\"id\":1,\"current_tier\":{\"handle\":\"gold\"}}}")
            .sends("GET", "/profiles/me/tiers/calculate").returns(tier("gold")),
        op("assignMyTier", s -> s.profile.tiers().assign("platinum"))
            .answers("{\"data\":{\"id\":1,\"current_tier\":{\"handle\":\"platinum\"}}}")
            .sends("POST", "/profiles/me/tiers/assign").withBody("{\"tier\":\"platinum\"}").returns(tier("platinum")),
        op("getMyAggregations", s -> s.profile.aggregations().list())
            .answers("{\"data\":{\"profile_id\":\"p-1\",\"shop_days\":3}}").sends("GET", "/profiles/me/aggregations")
            .returns(r -> assertThat(((Aggregations) r).getShopDays()).isEqualByComparingTo("3")),
        op("calculateMyAggregations", s -> s.profile.aggregations().calculate(Query.of()))
            .answers("{\"data\":{\"profile_id\":\"p-1\",\"shop_days\":4}}")
            .sends("GET", "/profiles/me/aggregations/calculate")
            .returns(r -> assertThat(((Aggregations) r).getShopDays()).isEqualByComparingTo("4")),
        // transactions, claims, ledgers, interactions, connections
        op("listMyTransactions", s -> s.profile.transactions().list(Query.of()))
            .answers(PAGE_OF_ONE).sends("GET", "/profiles/me/transactions").returns(pageOfOne()),
        op("getMyTransaction", s -> s.profile.transactions().get(7))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/transactions/7").returns(transactionId(7)),
        op("findMyTransaction", s -> s.profile.transactions().find(Query.of().filter("external_id", "T-1")))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/find-transactions?filter%5Bexternal_id%5D=T-1")
            .returns(r -> assertThat(((Optional<?>) r).map(t -> ((io.github.omneoid.model.Transaction) t).getId()))
                .contains(7L)),
        op("listMyGroupedTransactions", s -> s.profile.transactions().getGrouped(Query.of().page(2).pageSize(10)))
            .answers("{\"current_page\":2,\"data\":[{\"order_number\":\"SO-1\"}],\"last_page\":2,\"total\":11}")
            .sends("GET", "/profiles/me/group_transactions?page%5Bnumber%5D=2&page%5Bsize%5D=10")
            .returns(r -> assertThat(((Page<?>) r).items()).hasSize(1)),
        op("listMyUnassignedTransactionItems", s -> s.profile.transactions().getUnassignedItems(
            Query.of().param("include_list_item", 1)))
            .answers(PAGE_OF_ONE).sends("GET", "/profiles/me/transactionitems/list/unassigned?include_list_item=1")
            .returns(pageOfOne()),
        op("listMyTransactionClaims", s -> s.profile.transactionClaims().list(
            Query.of().filter("transaction_receipt_ref", "R-1")))
            .answers(PAGE_OF_ONE)
            .sends("GET", "/profiles/me/transactions/claims?filter%5Btransaction_receipt_ref%5D=R-1")
            .returns(pageOfOne()),
        op("getMyTransactionClaim", s -> s.profile.transactionClaims().get(7))
            .answers("{\"data\":{\"id\":7,\"transaction_total\":\"49.99\"}}").sends("GET", "/profiles/me/transactions/claims/7")
            .returns(r -> assertThat(((io.github.omneoid.model.TransactionClaim) r).getTransactionTotal())
                .isEqualByComparingTo("49.99")),
        op("deleteMyTransactionClaim", s -> {
          s.profile.transactionClaims().delete(7);
          return null;
        }).answers(204, "").sends("DELETE", "/profiles/me/transactions/claims/7").returns(isNull()),
        op("listMyLedgers", s -> s.profile.ledgers().list(Query.of()))
            .answers(PAGE_OF_ONE).sends("GET", "/profiles/me/ledgers").returns(pageOfOne()),
        op("getMyLedger", s -> s.profile.ledgers().get(7))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/ledgers/7")
            .returns(r -> assertThat(((io.github.omneoid.model.Ledger) r).getId()).isEqualTo(7L)),
        op("listMyInteractions", s -> s.profile.interactions().list(Query.of()))
            .answers(PAGE_OF_ONE).sends("GET", "/profiles/me/interactions").returns(pageOfOne()),
        op("getMyInteraction", s -> s.profile.interactions().get(7))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/interactions/7")
            .returns(r -> assertThat(((io.github.omneoid.model.Interaction) r).getId()).isEqualTo(7L)),
        op("deleteMyInteraction", s -> {
          s.profile.interactions().delete(7);
          return null;
        }).answers(204, "").sends("DELETE", "/profiles/me/interactions/7").returns(isNull()),
        op("listMyConnections", s -> s.profile.connections().list(ConnectionsResource.Side.CONNECTOR, Query.of()))
            .answers(PAGE_OF_ONE).sends("GET", "/profiles/me/connections?type=connector").returns(pageOfOne()),
        op("updateMyConnection", s -> s.profile.connections().update(42,
            new ConnectionUpdateInput().status(ConnectionStatus.ACCEPTED)))
            .answers("{\"data\":{\"id\":42,\"status\":\"accepted\"}}").sends("PUT", "/profiles/me/connections/42")
            .withBody("{\"status\":\"accepted\"}")
            .returns(r -> assertThat(((io.github.omneoid.model.Connection) r).getStatus())
                .isEqualTo(ConnectionStatus.ACCEPTED)),
        op("getMyConnectionProfileInfo", s -> s.profile.connections().getProfileInfo(42))
            .answers(PROFILE).sends("GET", "/profiles/me/connections/42/profileInfo").returns(firstName("Ann")),
        // achievements, credits, orders, redemptions
        op("listMyAchievements", s -> s.profile.achievements().list())
            .answers(PAGE_OF_ONE).sends("GET", "/profiles/me/achievements").returns(pageOfOne()),
        op("getMyAchievement", s -> s.profile.achievements().get(7))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/achievements/7")
            .returns(r -> assertThat(((io.github.omneoid.model.Achievement) r).getId()).isEqualTo(7L)),
        op("listMyCredits", s -> s.profile.credits().list())
            .answers(PAGE_OF_ONE).sends("GET", "/profiles/me/credits").returns(pageOfOne()),
        op("getMyCredit", s -> s.profile.credits().get(7))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/credits/7")
            .returns(r -> assertThat(((io.github.omneoid.model.Credit) r).getId()).isEqualTo(7L)),
        op("listMyOrders", s -> s.profile.orders().list())
            .answers(PAGE_OF_ONE).sends("GET", "/profiles/me/orders").returns(pageOfOne()),
        op("getMyOrder", s -> s.profile.orders().get(7))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/orders/7")
            .returns(r -> assertThat(((io.github.omneoid.model.Order) r).getId()).isEqualTo(7L)),
        op("listMyRedemptions", s -> s.profile.redemptions().list(Query.of()))
            .answers(PAGE_OF_ONE).sends("GET", "/profiles/me/redemptions").returns(pageOfOne()),
        op("getMyRedemption", s -> s.profile.redemptions().get(7))
            .answers(ONE_WITH_ID_7).sends("GET", "/profiles/me/redemptions/7")
            .returns(r -> assertThat(((io.github.omneoid.model.Redemption) r).getId()).isEqualTo(7L)),
        // anonymous upsert and locations
        op("upsertProfile", s -> s.id.profiles().upsert(new ProfileUpsert().email("new@example.com")
            .attributes(new ProfileUpsertAttributes().comms(new ProfileCommsInput().emailPromo(true)))))
            .answers("{\"data\":{\"id\":\"p-9\",\"email\":\"new@example.com\"}}").sends("POST", "/profiles")
            .withBody("{\"email\":\"new@example.com\",\"attributes\":{\"comms\":{\"email_promo\":true}}}")
            .returns(r -> assertThat(((io.github.omneoid.model.Profile) r).getId()).isEqualTo("p-9")),
        op("listLocations", s -> s.id.locations().list(Query.of().published(true).permanentlyClosed(false)))
            .answers(PAGE_OF_ONE)
            .sends("GET", "/locations?filter%5Bis_published%5D=1&filter%5Bis_permanently_closed%5D=0")
            .returns(pageOfOne()),
        op("getLocation", s -> s.id.locations().get(7))
            .answers(ONE_WITH_ID_7).sends("GET", "/locations/7")
            .returns(r -> assertThat(((io.github.omneoid.model.Location) r).getId()).isEqualTo(7L)));
  }

  static java.util.function.Consumer<Object> firstName(String name) {
    return r -> assertThat(((io.github.omneoid.model.Profile) r).getFirstName()).isEqualTo(name);
  }

  static java.util.function.Consumer<Object> isNull() {
    return r -> assertThat(r).isNull();
  }

  static java.util.function.Consumer<Object> listOfSize(int size) {
    return r -> assertThat((List<?>) r).hasSize(size);
  }

  static java.util.function.Consumer<Object> pageOfOne() {
    return r -> {
      Page<?> page = (Page<?>) r;
      assertThat(page.items()).hasSize(1);
      assertThat(page.meta().getTotal()).isEqualTo(1);
      assertThat(page.hasNext()).isFalse();
    };
  }

  static java.util.function.Consumer<Object> identityId(long id) {
    return r -> assertThat(((io.github.omneoid.model.Identity) r).getId()).isEqualTo(id);
  }

  static java.util.function.Consumer<Object> listId(long id) {
    return r -> assertThat(((io.github.omneoid.model.ProfileList) r).getId()).isEqualTo(id);
  }

  static java.util.function.Consumer<Object> itemId(long id) {
    return r -> assertThat(((io.github.omneoid.model.ProfileListItem) r).getId()).isEqualTo(id);
  }

  static java.util.function.Consumer<Object> benefitId(long id) {
    return r -> assertThat(((io.github.omneoid.model.Benefit) r).getId()).isEqualTo(id);
  }

  static java.util.function.Consumer<Object> transactionId(long id) {
    return r -> assertThat(((io.github.omneoid.model.Transaction) r).getId()).isEqualTo(id);
  }

  static java.util.function.Consumer<Object> tier(String handle) {
    return r -> assertThat(((io.github.omneoid.model.TierProgress) r).getCurrentTier().getHandle()).isEqualTo(handle);
  }
}
