package io.github.omneoid.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Transactions of the bound profile and what hangs off them: transaction search, grouped transactions,
 * unassigned items, products bought, claims, ledgers, interactions and orders. Transactions are seeded, not
 * created through the API; each seeded transaction also adds a ledger entry ({@code type: transaction}).
 * {@code group_transactions} is the one route answering Laravel's flat paginator instead of a {@code Page}.
 */
final class TransactionRoutes extends RouteFamily {
  TransactionRoutes(Parts parts) {
    super(parts);
  }

  @Override
  void register(HandWritten routes) {
    String t = ME + "/transactions";
    routes.on("GET", t, c -> page(c, c.target.list(Kind.TRANSACTIONS), Shapes.TRANSACTION));
    routes.on("GET", t + "/{transactionId}",
        c -> Reply.data(Shapes.TRANSACTION.of(record(c, Kind.TRANSACTIONS, "transactionId", "Transaction"))));
    routes.on("GET", ME + "/find-transactions", this::findTransaction);
    routes.on("GET", ME + "/group_transactions", this::groupTransactions);
    routes.on("GET", ME + "/transactionitems/list/unassigned", this::unassignedItems);
    routes.on("GET", ME + "/transaction-products", this::transactionProducts);
    routes.on("GET", t + "/claims", c -> page(c, c.target.list(Kind.TRANSACTION_CLAIMS), Shapes.PLAIN));
    routes.on("GET", t + "/claims/{claimId}", c -> Reply.data(record(c, Kind.TRANSACTION_CLAIMS, "claimId", "Claim")));
    routes.on("DELETE", t + "/claims/{claimId}", c -> deleteById(c, Kind.TRANSACTION_CLAIMS, "claimId", "Claim"));
    routes.on("GET", ME + "/ledgers", c -> page(c, c.target.list(Kind.LEDGERS), Shapes.LEDGER));
    routes.on("GET", ME + "/ledgers/{ledgerId}",
        c -> Reply.data(Shapes.LEDGER.of(record(c, Kind.LEDGERS, "ledgerId", "Ledger"))));
    routes.on("GET", ME + "/interactions", c -> page(c, c.target.list(Kind.INTERACTIONS), Shapes.INTERACTION));
    routes.on("GET", ME + "/interactions/{interactionId}",
        c -> Reply.data(Shapes.INTERACTION.of(record(c, Kind.INTERACTIONS, "interactionId", "Interaction"))));
    routes.on("DELETE", ME + "/interactions/{interactionId}",
        c -> deleteById(c, Kind.INTERACTIONS, "interactionId", "Interaction"));
    readOnlyPage(routes, Kind.ORDERS, "orderId", "Order");
  }

  /** A transaction as filters see it: {@code profile} carries the owner's email and identities. */
  private Map<String, Object> filterView(Store.Profile p, Map<String, Object> t) {
    Map<String, Object> m = new LinkedHashMap<>(t);
    m.put("profile", Catalog.map("id", p.id, "email", p.fields.get("email"), "identities",
        new ArrayList<Object>(p.list(Kind.IDENTITIES))));
    return m;
  }

  private Reply findTransaction(Call c) {
    Map<String, String> filters = Query.filters(c.query);
    List<Map<String, Object>> txs = new ArrayList<>(c.target.list(Kind.TRANSACTIONS));
    txs.sort((a, b) -> String.valueOf(b.get("transacted_at")).compareTo(String.valueOf(a.get("transacted_at"))));
    for (Map<String, Object> t : txs) {
      if (Query.matchesAll(filterView(c.target, t), filters)) {
        return Reply.data(Shapes.TRANSACTION.of(t));
      }
    }
    throw ApiException.notFound("Transaction"); // the route answers 404 when nothing matches
  }

  private Reply groupTransactions(Call c) {
    Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
    for (Map<String, Object> t : c.target.list(Kind.TRANSACTIONS)) {
      String key = t.get("order_number") != null ? "o:" + t.get("order_number") : "t:" + t.get("id");
      Map<String, Object> g = groups.get(key);
      if (g == null) {
        g = Catalog.map("order_number", t.get("order_number"), "transaction_id", t.get("id"),
            "number_transactions", 0, "latest_updated_at", t.get("updated_at"), "latest_transacted_at",
            t.get("transacted_at"));
        groups.put(key, g);
      }
      g.put("number_transactions", (Long) g.get("number_transactions") + 1);
      if (String.valueOf(t.get("transacted_at")).compareTo(String.valueOf(g.get("latest_transacted_at"))) >= 0) {
        g.put("latest_transacted_at", t.get("transacted_at"));
        g.put("transaction_id", t.get("id"));
      }
      if (String.valueOf(t.get("updated_at")).compareTo(String.valueOf(g.get("latest_updated_at"))) > 0) {
        g.put("latest_updated_at", t.get("updated_at"));
      }
    }
    List<Map<String, Object>> all = new ArrayList<>(groups.values());
    all.sort((a, b) -> String.valueOf(b.get("latest_transacted_at"))
        .compareTo(String.valueOf(a.get("latest_transacted_at"))));
    return Reply.raw(Query.flatPage(all, c.query, c.pathUrl()));
  }

  /**
   * Every item of the profile's transactions: no list item is ever linked to one here. {@code include_list_item}
   * is accepted and adds nothing (the spec's TransactionItem declares no list item).
   */
  @SuppressWarnings("unchecked")
  private Reply unassignedItems(Call c) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> t : c.target.list(Kind.TRANSACTIONS)) {
      if (!(t.get("items") instanceof List)) {
        continue;
      }
      for (Object o : (List<Object>) t.get("items")) {
        out.add((Map<String, Object>) o);
      }
    }
    return page(c, out, Shapes.TRANSACTION_ITEM);
  }

  /** Products bought, one TransactionProductVariant per product variant. */
  @SuppressWarnings("unchecked")
  private Reply transactionProducts(Call c) {
    Map<String, List<String>> query = new LinkedHashMap<>(c.query);
    // Assumption: filter[transacted_at] keeps transactions at or after the given time.
    String since = Query.first(query, "filter[transacted_at]");
    query.remove("filter[transacted_at]");
    Map<Object, Map<String, Object>> byVariant = new LinkedHashMap<>();
    for (Map<String, Object> t : c.target.list(Kind.TRANSACTIONS)) {
      if (Boolean.TRUE.equals(t.get("is_void")) || !(t.get("items") instanceof List)) {
        continue;
      }
      String at = String.valueOf(t.get("transacted_at"));
      if (since != null && at.compareTo(since) < 0) {
        continue;
      }
      for (Object o : (List<Object>) t.get("items")) {
        Map<String, Object> it = (Map<String, Object>) o;
        Object variantId = it.get("product_variant_id");
        Map<String, Object> pv = it.get("product_variant") instanceof Map
            ? (Map<String, Object>) it.get("product_variant") : new LinkedHashMap<>();
        Map<String, Object> e = byVariant.get(variantId);
        if (e == null) {
          e = Catalog.map("id", variantId, "countt", 0, "refund_qty", 0, "purchase_qty", 0,
              "latest_transacted_at", at, "product_id", it.get("product_id"), "product", null,
              "location_types", t.get("order_number") != null ? "online" : "store",
              "sku", pv.getOrDefault("sku", it.get("sku")), "external_id", pv.get("external_id"),
              "barcode", pv.get("barcode"), "web_url", null, "handle", null,
              "title", pv.getOrDefault("title", it.get("name")), "description", null, "position", 1,
              "price", pv.getOrDefault("price", it.get("price_sell")), "price_discounted", null,
              "price_comparison", null, "price_cost", null, "available_quantity", null, "images", Catalog.list(),
              "meta", null, "tags", Catalog.list(), "created_at", t.get("created_at"),
              "updated_at", t.get("updated_at"));
          byVariant.put(variantId, e);
        }
        long qty = Money.of(it.getOrDefault("quantity", 1L)).longValue();
        e.put("countt", (Long) e.get("countt") + 1);
        if (qty < 0) {
          e.put("refund_qty", (Long) e.get("refund_qty") - qty);
        } else {
          e.put("purchase_qty", (Long) e.get("purchase_qty") + qty);
        }
        if (at.compareTo(String.valueOf(e.get("latest_transacted_at"))) > 0) {
          e.put("latest_transacted_at", at);
        }
        e.put("product", Catalog.map("refund_qty", e.get("refund_qty"), "purchase_qty", e.get("purchase_qty")));
      }
    }
    List<Map<String, Object>> all = Query.sort(Query.filter(new ArrayList<>(byVariant.values()),
        Query.filters(query)), c.q("sort"));
    return Reply.raw(Wire.page(Query.page(all, c.query, c.pathUrl()), Shapes.TRANSACTION_PRODUCT));
  }
}
