package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.list;
import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lists and list items. */
@OmneoIdSandboxTest
class ListsTest {
  final OmneoIdSandbox sandbox;

  ListsTest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  Http fresh() {
    return Http.of(sandbox).as(sandbox.mintToken((String) sandbox.seedProfile().get("id")));
  }

  @Test
  void listCrudByIdAndByHandle() {
    Http me = fresh();
    assertThat(me.get("/profiles/me/lists").list("data")).isEmpty();
    Http.Resp created = me.post("/profiles/me/lists", map("name", "Wish List", "tags", list("fav")));
    assertThat(created.status).isEqualTo(200);
    assertThat(created.get("data.handle")).isEqualTo("wish-list");
    assertThat(created.list("data.items")).isEmpty();
    Object id = created.get("data.id");
    assertThat(me.get("/profiles/me/lists/" + id).get("data.name")).isEqualTo("Wish List");
    assertThat(me.get("/profiles/me/lists/wish-list").get("data.id")).isEqualTo(id);
    Http.Resp upd = me.put("/profiles/me/lists/wish-list", map("name", "Wishlist", "handle", "wishlist",
        "description", "Things"));
    assertThat(upd.get("data.handle")).isEqualTo("wishlist");
    assertThat(me.get("/profiles/me/lists/wishlist").get("data.description")).isEqualTo("Things");
    assertThat(me.get("/profiles/me/lists/wish-list").status).isEqualTo(404);
    assertThat(me.delete("/profiles/me/lists/wishlist").status).isEqualTo(204);
    assertThat(me.get("/profiles/me/lists/" + id).status).isEqualTo(404);
    assertThat(me.get("/profiles/me/lists").list("data")).isEmpty();
  }

  @Test
  void listValidation() {
    Http me = fresh();
    assertThat(me.post("/profiles/me/lists", map("description", "x")).list("errors.name"))
        .containsExactly("The name field is required.");
    me.post("/profiles/me/lists", map("name", "Wishlist"));
    assertThat(me.post("/profiles/me/lists", map("name", "Wishlist")).list("errors.handle"))
        .containsExactly("The handle has already been taken.");
    Http.Resp bad = me.post("/profiles/me/lists", map("name", "B", "items", list(map("quantity", 0))));
    assertThat(bad.status).isEqualTo(422);
    assertThat(bad.map("errors")).containsKeys("items.0.quantity", "items.0.product_variant_id");
  }

  @Test
  void itemCrudAndShares() {
    Http me = fresh();
    Object listId = me.post("/profiles/me/lists", map("name", "Wishlist")).get("data.id");
    Http.Resp item = me.post("/profiles/me/lists/wishlist/items", map("product_variant_id", 501,
        "product_variant_sku", "SKU-1", "location_id", 1));
    assertThat(item.status).isEqualTo(200);
    assertThat(item.get("data.product_list_id")).isEqualTo(listId);
    assertThat(item.get("data.quantity")).isEqualTo(1L);
    assertThat(item.get("data.product_variant.sku")).isEqualTo("SKU-1");
    assertThat(item.get("data.location.id")).isEqualTo(1L);
    Object itemId = item.get("data.id");
    assertThat(me.put("/profiles/me/lists/" + listId + "/items/" + itemId, map("quantity", 2))
        .get("data.quantity")).isEqualTo(2L);
    assertThat(me.get("/profiles/me/lists/wishlist/items/" + itemId).get("data.quantity")).isEqualTo(2L);
    assertThat(me.get("/profiles/me/lists/wishlist").list("data.items")).hasSize(1);
    me.post("/profiles/me/lists/wishlist/items", map("product_variant_sku", "SKU-2"));
    assertThat(me.get("/profiles/me/lists/wishlist/items").list("data")).hasSize(2);
    assertThat(me.put("/profiles/me/lists/wishlist/items/" + itemId, map("quantity", "two")).status).isEqualTo(422);
    assertThat(me.post("/profiles/me/lists/wishlist/items", map("product_id", 1, "location_id", 999))
        .list("errors.location_id")).containsExactly("The selected location id is invalid.");
    assertThat(me.delete("/profiles/me/lists/wishlist/items/" + itemId).status).isEqualTo(204);
    assertThat(me.get("/profiles/me/lists/wishlist/items/" + itemId).status).isEqualTo(404);
    assertThat(me.get("/profiles/me/lists/wishlist/items").list("data")).hasSize(1);
    assertThat(me.get("/profiles/me/lists/nolist/items").status).isEqualTo(404);

    Http.Resp share1 = me.post("/profiles/me/lists/wishlist/shares", null);
    Http.Resp share2 = me.post("/profiles/me/lists/wishlist/shares", null);
    assertThat(share1.status).isEqualTo(200);
    assertThat(share1.str("data.handle")).hasSize(10).isNotEqualTo(share2.str("data.handle"));
    Http.Resp l = me.get("/profiles/me/lists/wishlist");
    assertThat(l.get("data.is_shared")).isEqualTo(true);
    assertThat(l.list("data.shares")).hasSize(2);
  }

  @Test
  void listInputItemsReplaceOrUpdate() {
    Http me = fresh();
    me.post("/profiles/me/lists", map("name", "Cart", "items", list(map("product_variant_id", 1, "quantity", 1),
        map("product_variant_id", 2, "quantity", 1))));
    assertThat(me.get("/profiles/me/lists/cart/items").list("data")).hasSize(2);
    me.put("/profiles/me/lists/cart", map("update_items_only", true, "items", list(map("product_variant_id", 2,
        "quantity", 5))));
    Http.Resp items = me.get("/profiles/me/lists/cart/items?filter[product_variant_id]=2");
    assertThat(items.list("data")).hasSize(1);
    assertThat(items.get("data.0.quantity")).isEqualTo(5L);
    assertThat(me.get("/profiles/me/lists/cart/items").list("data")).hasSize(2);
    me.put("/profiles/me/lists/cart", map("items", list(map("product_variant_id", 3))));
    assertThat(me.get("/profiles/me/lists/cart/items").list("data")).hasSize(1);
  }
}
