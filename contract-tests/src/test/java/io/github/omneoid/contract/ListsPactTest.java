package io.github.omneoid.contract;

import static io.github.omneoid.contract.Contract.CONSUMER;
import static io.github.omneoid.contract.Contract.PROVIDER;
import static io.github.omneoid.contract.Contract.client;
import static io.github.omneoid.contract.Interactions.data;
import static io.github.omneoid.contract.Interactions.dataList;
import static io.github.omneoid.contract.Interactions.json;
import static io.github.omneoid.contract.Interactions.noContent;
import static io.github.omneoid.contract.Interactions.ok;
import static io.github.omneoid.contract.Interactions.profile;
import static io.github.omneoid.contract.Interactions.request;
import static io.github.omneoid.contract.Interactions.requestFromState;
import static io.github.omneoid.contract.ProviderState.HAS_LIST;
import static io.github.omneoid.contract.ProviderState.LIST_HAS_ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.ListsResource;
import io.github.omneoid.model.ProfileListInput;
import io.github.omneoid.model.ProfileListItemInput;
import io.github.omneoid.model.ProfileListUpdateInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /profiles/me/lists}: a list is addressed by its handle here ({@code wishlist}, a state param), items by the
 * id the state creates.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class ListsPactTest {

  private static final String WISHLIST = "/profiles/me/lists/wishlist";

  private static ListsResource lists(MockServer server) {
    return client(server).profile().lists();
  }

  private static PactDslWithState withList(PactDslWithProvider builder) {
    return HAS_LIST.given(profile(builder), "list", "wishlist");
  }

  private static PactDslWithState withItem(PactDslWithProvider builder) {
    return LIST_HAS_ITEM.given(profile(builder), "list", "wishlist", "sku", "SKU-5111");
  }

  @Pact(consumer = CONSUMER)
  V4Pact listMyLists(PactDslWithProvider builder) {
    return ok(request(withList(builder), "a request for the profile's lists", "GET", "/profiles/me/lists"),
        dataList(Shapes.LIST));
  }

  @Test
  @PactTestFor(pactMethod = "listMyLists")
  void listMyLists(MockServer server) {
    assertThat(lists(server).list(Query.of())).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact createMyList(PactDslWithProvider builder) {
    return ok(json(request(profile(builder), "a new list", "POST", "/profiles/me/lists"),
            body -> body.stringValue("name", "Birthday ideas")),
        data(o -> {
          Shapes.LIST.accept(o);
          o.stringValue("name", "Birthday ideas");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "createMyList")
  void createMyList(MockServer server) {
    assertThat(lists(server).create(new ProfileListInput().name("Birthday ideas")).getName())
        .isEqualTo("Birthday ideas");
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyList(PactDslWithProvider builder) {
    return ok(request(withList(builder), "a request for one list by handle", "GET", WISHLIST), data(Shapes.LIST));
  }

  @Test
  @PactTestFor(pactMethod = "getMyList")
  void getMyList(MockServer server) {
    assertThat(lists(server).get("wishlist").getHandle()).isEqualTo("wishlist");
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMyList(PactDslWithProvider builder) {
    return ok(json(request(withList(builder), "an update of a list's description", "PUT", WISHLIST),
            body -> body.stringValue("description", "For later")),
        data(o -> {
          Shapes.LIST.accept(o);
          o.stringValue("description", "For later");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "updateMyList")
  void updateMyList(MockServer server) {
    assertThat(lists(server).update("wishlist", new ProfileListUpdateInput().description("For later"))
        .getDescription()).isEqualTo("For later");
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteMyList(PactDslWithProvider builder) {
    return noContent(request(withList(builder), "a delete of a list", "DELETE", WISHLIST));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMyList")
  void deleteMyList(MockServer server) {
    lists(server).delete("wishlist");
  }

  @Pact(consumer = CONSUMER)
  V4Pact shareMyList(PactDslWithProvider builder) {
    return ok(request(withList(builder), "a new share of a list", "POST", WISHLIST + "/shares"),
        data(o -> o.stringType("handle", "K7M2P9QX3A")));
  }

  @Test
  @PactTestFor(pactMethod = "shareMyList")
  void shareMyList(MockServer server) {
    assertThat(lists(server).share("wishlist").getHandle()).isNotBlank();
  }

  @Pact(consumer = CONSUMER)
  V4Pact listMyListItems(PactDslWithProvider builder) {
    return ok(request(withItem(builder), "a request for a list's items", "GET", WISHLIST + "/items"),
        dataList(Shapes.LIST_ITEM));
  }

  @Test
  @PactTestFor(pactMethod = "listMyListItems")
  void listMyListItems(MockServer server) {
    assertThat(lists(server).items("wishlist").list(Query.of())).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact createMyListItem(PactDslWithProvider builder) {
    return ok(json(request(withList(builder), "a new item on a list", "POST", WISHLIST + "/items"),
            body -> body.stringValue("product_variant_sku", "SKU-5111").numberValue("quantity", 1)),
        data(Shapes.LIST_ITEM));
  }

  @Test
  @PactTestFor(pactMethod = "createMyListItem")
  void createMyListItem(MockServer server) {
    assertThat(lists(server).items("wishlist").create(new ProfileListItemInput().productVariantSku("SKU-5111")
        .quantity(1)).getQuantity()).isEqualTo(1);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyListItem(PactDslWithProvider builder) {
    return ok(requestFromState(withItem(builder), "a request for one list item", "GET",
        WISHLIST + "/items/${itemId}", WISHLIST + "/items/61"), data(Shapes.LIST_ITEM));
  }

  @Test
  @PactTestFor(pactMethod = "getMyListItem")
  void getMyListItem(MockServer server) {
    assertThat(lists(server).items("wishlist").get(61).getId()).isEqualTo(61L);
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMyListItem(PactDslWithProvider builder) {
    return ok(json(requestFromState(withItem(builder), "an update of a list item's quantity", "PUT",
            WISHLIST + "/items/${itemId}", WISHLIST + "/items/61"), body -> body.numberValue("quantity", 2)),
        data(o -> {
          Shapes.LIST_ITEM.accept(o);
          o.numberValue("quantity", 2);
        }));
  }

  @Test
  @PactTestFor(pactMethod = "updateMyListItem")
  void updateMyListItem(MockServer server) {
    assertThat(lists(server).items("wishlist").update(61, new ProfileListItemInput().quantity(2)).getQuantity())
        .isEqualTo(2);
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteMyListItem(PactDslWithProvider builder) {
    return noContent(requestFromState(withItem(builder), "a delete of a list item", "DELETE",
        WISHLIST + "/items/${itemId}", WISHLIST + "/items/61"));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMyListItem")
  void deleteMyListItem(MockServer server) {
    lists(server).items("wishlist").delete(61);
  }
}
