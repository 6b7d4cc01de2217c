package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.list;
import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Transactions, search, grouping, items, products, claims, ledgers, interactions. */
@OmneoIdSandboxTest
class TransactionsTest {
  final OmneoIdSandbox sandbox;

  TransactionsTest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  Map<String, Object> shopper() {
    return sandbox.seedProfile(ProfileSeed.random().identity("pos", "CARD-" + System.nanoTime())
        .record("transactions", map("external_id", "EXT-1", "total", 10, "transacted_at", "2026-01-01 09:00:00",
            "location_id", 1, "items", list(map("product_variant_id", 11, "quantity", 1, "price_sell", 10))))
        .record("transactions", map("external_id", "EXT-2", "total", 20, "transacted_at", "2026-01-02 09:00:00",
            "order_number", "W-9", "items", list(map("product_variant_id", 11, "quantity", 2),
                map("product_variant_id", 12, "quantity", 1))))
        .record("transactions", map("external_id", "EXT-3", "total", -10, "transacted_at", "2026-01-03 09:00:00",
            "order_number", "W-9", "items", list(map("product_variant_id", 12, "quantity", -1))))
        .record("transaction_claims", map("transaction_receipt_ref", "R-77", "transaction_total", 49.99))
        .record("interactions", map("action", "view", "name", "Viewed dress")));
  }

  Http login(Map<String, Object> p) {
    return Http.of(sandbox).as(sandbox.mintToken((String) p.get("id")));
  }

  @Test
  void transactionsPageAndGet() {
    Http me = login(shopper());
    Http.Resp page = me.get("/profiles/me/transactions");
    assertThat(page.status).isEqualTo(200);
    assertThat(page.list("data")).hasSize(3);
    assertThat(page.get("meta.total")).isEqualTo(3L);
    Object id = page.get("data.0.id");
    Http.Resp one = me.get("/profiles/me/transactions/" + id);
    assertThat(one.get("data.external_id")).isEqualTo("EXT-1");
    assertThat(one.get("data.location.name")).isEqualTo("Melbourne Central");
    assertThat(one.get("data.items.0.transaction_id")).isEqualTo(id);
    assertThat(me.get("/profiles/me/transactions?sort=-transacted_at").get("data.0.external_id")).isEqualTo("EXT-3");
    assertThat(me.get("/profiles/me/transactions?filter[order_number]=W-9").list("data")).hasSize(2);
    assertThat(me.get("/profiles/me/transactions/12345678").status).isEqualTo(404);
  }

  @Test
  void findTransactionReturnsOneOr404() {
    Map<String, Object> p = shopper();
    Http me = login(p);
    Http.Resp found = me.get("/profiles/me/find-transactions?filter[external_id]=EXT-2");
    assertThat(found.status).isEqualTo(200);
    assertThat(found.get("data.external_id")).isEqualTo("EXT-2");
    assertThat(found.get("data.id")).isInstanceOf(Long.class);
    assertThat(me.get("/profiles/me/find-transactions?filter[location.name]=Melbourne%20Central")
        .get("data.external_id")).isEqualTo("EXT-1");
    @SuppressWarnings("unchecked")
    String card = (String) ((Map<String, Object>) ((java.util.List<Object>) p.get("identities")).get(0))
        .get("identifier");
    assertThat(me.get("/profiles/me/find-transactions?filter[profile.identities.identifier]=" + card).status)
        .isEqualTo(200);
    Http.Resp missing = me.get("/profiles/me/find-transactions?filter[external_id]=NOPE");
    assertThat(missing.status).isEqualTo(404);
    assertThat(missing.str("message")).isEqualTo("Transaction not found.");
  }

  @Test
  void groupTransactionsIsAFlatPaginator() {
    Http me = login(shopper());
    Http.Resp g = me.get("/profiles/me/group_transactions?page[size]=1&page[number]=1");
    assertThat(g.status).isEqualTo(200);
    assertThat(g.list("data")).hasSize(1);
    assertThat(g.json()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsKeys("current_page", "first_page_url", "from", "last_page", "last_page_url", "links",
            "next_page_url", "path", "per_page", "prev_page_url", "to", "total")
        .doesNotContainKey("meta");
    assertThat(g.get("total")).isEqualTo(2L);
    assertThat(g.get("last_page")).isEqualTo(2L);
    assertThat(g.get("data.0.order_number")).isEqualTo("W-9");
    assertThat(g.get("data.0.number_transactions")).isEqualTo(2L);
    assertThat(g.get("data.0.latest_transacted_at")).isEqualTo("2026-01-03 09:00:00");
    assertThat(g.str("next_page_url")).startsWith(sandbox.baseUrl() + "/profiles/me/group_transactions?")
        .contains("page%5Bnumber%5D=2").contains("page%5Bsize%5D=1");
    assertThat(g.get("prev_page_url")).isNull();
  }

  @Test
  void unassignedItemsAndTransactionProducts() {
    Http me = login(shopper());
    Http.Resp items = me.get("/profiles/me/transactionitems/list/unassigned?include_list_item=1");
    assertThat(items.status).isEqualTo(200);
    assertThat(items.list("data")).hasSize(4);
    // include_list_item adds nothing: the spec's TransactionItem declares no list item.
    assertThat(items.map("data.0")).doesNotContainKey("list_item").containsEntry("price_sell", "10.00");
    Http.Resp products = me.get("/profiles/me/transaction-products");
    assertThat(products.list("data")).hasSize(2);
    assertThat(products.map("data.0")).containsEntry("id", 11L).containsEntry("countt", 2L)
        .containsEntry("purchase_qty", "3").containsEntry("refund_qty", "0");
    assertThat(products.map("data.1")).containsEntry("id", 12L).containsEntry("purchase_qty", "1")
        .containsEntry("refund_qty", "1");
    Http.Resp since = me.get("/profiles/me/transaction-products?filter[transacted_at]=2026-01-02%2000:00:00");
    assertThat(since.map("data.0")).containsEntry("id", 11L).containsEntry("countt", 1L);
  }

  @Test
  void claimsLedgersInteractions() {
    Http me = login(shopper());
    Http.Resp claims = me.get("/profiles/me/transactions/claims?filter[transaction_receipt_ref]=R-77");
    assertThat(claims.list("data")).hasSize(1);
    assertThat(claims.get("data.0.transaction_total")).isEqualTo("49.99");
    Object claimId = claims.get("data.0.id");
    assertThat(me.get("/profiles/me/transactions/claims/" + claimId).get("data.status")).isEqualTo("pending");
    assertThat(me.delete("/profiles/me/transactions/claims/" + claimId).status).isEqualTo(204);
    assertThat(me.get("/profiles/me/transactions/claims/" + claimId).status).isEqualTo(404);
    assertThat(me.get("/profiles/me/transactions/claims").list("data")).isEmpty();

    Http.Resp ledgers = me.get("/profiles/me/ledgers");
    assertThat(ledgers.list("data")).hasSize(3);
    assertThat(ledgers.get("data.0.type")).isEqualTo("transaction");
    assertThat(ledgers.get("data.0.type_attributes.external_id")).isEqualTo("EXT-1");
    assertThat(me.get("/profiles/me/ledgers/" + ledgers.get("data.0.id")).get("data.type")).isEqualTo("transaction");

    Http.Resp inter = me.get("/profiles/me/interactions");
    Object iid = inter.get("data.0.id");
    assertThat(me.get("/profiles/me/interactions/" + iid).get("data.name")).isEqualTo("Viewed dress");
    assertThat(me.delete("/profiles/me/interactions/" + iid).status).isEqualTo(204);
    assertThat(me.get("/profiles/me/interactions").get("meta.total")).isEqualTo(0L);
  }
}
