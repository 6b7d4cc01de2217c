package io.github.omneoid.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.model.GroupedTransaction;
import io.github.omneoid.model.Interaction;
import io.github.omneoid.model.Transaction;
import io.github.omneoid.model.TransactionClaim;
import io.github.omneoid.model.TransactionItem;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.OmneoIdSandboxTest;
import io.github.omneoid.sandbox.ProfileSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Transactions (list, get, find, grouped with paging, unassigned items), claims and interactions. */
@OmneoIdSandboxTest
class TransactionsE2ETest {

  private final OmneoIdSandbox sandbox;

  TransactionsE2ETest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  private static Map<String, Object> transaction(String receipt, double total, String at, String orderNumber) {
    Map<String, Object> t = new java.util.LinkedHashMap<>();
    t.put("receipt_ref", receipt);
    t.put("external_id", "EXT-" + receipt);
    t.put("total", total);
    t.put("transacted_at", at);
    if (orderNumber != null) {
      t.put("order_number", orderNumber);
    }
    t.put("items", List.of(Map.of("name", "Item of " + receipt, "product_variant_id", 600, "price_sell", total,
        "quantity", 1)));
    return t;
  }

  @Test
  void listGetAndFind() {
    OmneoId client = E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("Tx", "Lister")
        .record("transactions", transaction("MEL-1", 20, "2026-03-01 10:00:00", null))
        .record("transactions", transaction("MEL-2", 30, "2026-03-02 10:00:00", null))));

    Page<Transaction> page = client.profile().transactions().list(Query.of().sort("-transacted_at"));
    assertThat(page.items()).extracting(Transaction::getReceiptRef).containsExactly("MEL-2", "MEL-1");
    assertThat(page.meta().getTotal()).isEqualTo(2);
    Transaction one = client.profile().transactions().get(page.items().get(1).getId());
    assertThat(one.getTotal()).isEqualByComparingTo("20");
    assertThat(one.getItems()).extracting(TransactionItem::getName).containsExactly("Item of MEL-1");

    Optional<Transaction> found = client.profile().transactions().find(Query.of()
        .filter("external_id", "EXT-MEL-2"));
    Optional<Transaction> missing = client.profile().transactions().find(Query.of()
        .filter("external_id", "EXT-NOPE"));

    assertThat(found).get().satisfies(t -> {
      assertThat(t.getReceiptRef()).isEqualTo("MEL-2");
      assertThat(t.getTotal()).isEqualByComparingTo("30");
    });
    assertThat(missing).isEmpty();
  }

  @Test
  void groupedTransactionsArePagedAcrossPages() {
    ProfileSeed seed = E2e.person("Group", "Ed");
    for (int day = 1; day <= 5; day++) {
      seed.record("transactions", transaction("POS-" + day, 10 * day, "2026-04-0" + day + " 09:00:00", null));
    }
    seed.record("transactions", transaction("WEB-A1", 40, "2026-04-06 09:00:00", "WEB-A"));
    seed.record("transactions", transaction("WEB-A2", 45, "2026-04-07 09:00:00", "WEB-A"));
    OmneoId client = E2e.customer(sandbox, E2e.seed(sandbox, seed));

    Page<GroupedTransaction> first = client.profile().transactions().getGrouped(Query.of().pageSize(2));

    assertThat(first.items()).hasSize(2);
    assertThat(first.meta().getTotal()).isEqualTo(6);
    assertThat(first.meta().getLastPage()).isEqualTo(3);
    assertThat(first.hasNext()).isTrue();
    assertThat(first.items().get(0).getOrderNumber()).isEqualTo("WEB-A");
    assertThat(first.items().get(0).getNumberTransactions()).isEqualTo(2);
    assertThat(first.items().get(0).getLatestTransactedAt()).isEqualTo("2026-04-07 09:00:00");

    List<GroupedTransaction> all = new ArrayList<>();
    first.autoPager().forEach(all::add);
    assertThat(all).hasSize(6);
    assertThat(all).extracting(GroupedTransaction::getNumberTransactions).containsExactly(2, 1, 1, 1, 1, 1);
    assertThat(all).extracting(GroupedTransaction::getTransactionId).doesNotHaveDuplicates();
    Page<GroupedTransaction> third = first.next().next();
    assertThat(third.meta().getCurrentPage()).isEqualTo(3);
    assertThat(third.hasNext()).isFalse();
  }

  @Test
  void unassignedItemsCarryTheirTransaction() {
    OmneoId client = E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("Un", "Assigned")
        .record("transactions", transaction("MEL-7", 70, "2026-05-01 10:00:00", null))
        .record("transactions", transaction("MEL-8", 80, "2026-05-02 10:00:00", null))));

    Page<TransactionItem> items = client.profile().transactions().getUnassignedItems(
        Query.of().param("include_list_item", 1));

    assertThat(items.items()).hasSize(2);
    assertThat(items.items()).extracting(i -> i.getTransaction().getReceiptRef())
        .containsExactlyInAnyOrder("MEL-7", "MEL-8");
    assertThat(items.items()).extracting(TransactionItem::getName)
        .containsExactlyInAnyOrder("Item of MEL-7", "Item of MEL-8");
  }

  @Test
  void claimsAreListedReadAndDeleted() {
    OmneoId client = E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("Claim", "Ant")
        .record("transaction_claims", Map.of("transaction_receipt_ref", "SYD-3003", "transaction_total", 42.5,
            "transaction_transacted_at", "2026-05-01"))));

    Page<TransactionClaim> claims = client.profile().transactionClaims().list(Query.of());
    assertThat(claims.items()).singleElement().satisfies(c -> {
      assertThat(c.getTransactionReceiptRef()).isEqualTo("SYD-3003");
      assertThat(c.getTransactionTotal()).isEqualTo("42.5");
      assertThat(c.getStatus()).isEqualTo("pending");
    });
    long id = claims.items().get(0).getId();
    assertThat(client.profile().transactionClaims().get(id).getTransactionTransactedAt()).isEqualTo("2026-05-01");

    client.profile().transactionClaims().delete(id);

    assertThat(client.profile().transactionClaims().list(Query.of()).items()).isEmpty();
    assertThatThrownBy(() -> client.profile().transactionClaims().get(id)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void interactionsAreListedReadAndDeleted() {
    OmneoId client = E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("Inter", "Actor")
        .record("interactions", Map.of("action", "visit", "channel", "location", "name", "Store visit",
            "location_id", 1))
        .record("interactions", Map.of("name", "Viewed dress", "url", "https://shop.example.com/dress"))));

    Page<Interaction> interactions = client.profile().interactions().list(Query.of().filter("action", "visit"));
    assertThat(interactions.items()).singleElement().satisfies(i -> {
      assertThat(i.getName()).isEqualTo("Store visit");
      assertThat(i.getLocation().getName()).isEqualTo("Melbourne Central");
    });
    Page<Interaction> all = client.profile().interactions().list(Query.of());
    assertThat(all.items()).extracting(Interaction::getName).containsExactly("Store visit", "Viewed dress");
    long viewed = all.items().get(1).getId();
    assertThat(client.profile().interactions().get(viewed).getUrl()).isEqualTo("https://shop.example.com/dress");

    client.profile().interactions().delete(viewed);

    assertThat(client.profile().interactions().list(Query.of()).items()).extracting(Interaction::getName)
        .containsExactly("Store visit");
  }
}
