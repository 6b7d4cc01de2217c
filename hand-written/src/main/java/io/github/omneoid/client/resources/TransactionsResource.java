package io.github.omneoid.client.resources;

import io.github.omneoid.api.TransactionsApi;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.json.PagedEnvelope;
import io.github.omneoid.model.GroupedTransaction;
import io.github.omneoid.model.GroupedTransactionPaginator;
import io.github.omneoid.model.PageLinks;
import io.github.omneoid.model.PageMeta;
import io.github.omneoid.model.Transaction;
import io.github.omneoid.model.TransactionItem;
import io.github.omneoid.model.TransactionItemPage;
import io.github.omneoid.model.TransactionPage;
import java.util.List;
import java.util.Optional;

/** {@code /profiles/me/transactions} and its relatives (facts §2.8). */
public final class TransactionsResource extends Resource {

  TransactionsResource(Transport transport) {
    super(transport);
  }

  private TransactionsApi transactionsApi() {
    return api(TransactionsApi.class);
  }

  public Page<Transaction> list(Query query) {
    return page(query, transactionsApi()::listMyTransactions, TransactionPage.class);
  }

  public Transaction get(long id) {
    return data(transactionsApi().getMyTransaction(id));
  }

  /**
   * {@code GET /profiles/me/find-transactions} with {@code filter[...]}, e.g.
   * {@code Query.of().filter("external_id", "T-1")}: the one match, or empty when the server answers 404.
   */
  public Optional<Transaction> find(Query filters) {
    try {
      return Optional.ofNullable(data(transactionsApi().findMyTransaction(required(filters).toMap())));
    } catch (NotFoundException none) {
      return Optional.empty();
    }
  }

  /**
   * {@code GET /profiles/me/group_transactions}: transactions grouped by order, paged with
   * {@code Query.of().page(2).pageSize(10)} — the paging the JS SDK drops (facts §4.9) is sent here.
   */
  public Page<GroupedTransaction> grouped(Query query) {
    return Pages.fetch(required(query),
        q -> new Grouped(transport.execute(transactionsApi().listMyGroupedTransactions(q.toMap()))),
        url -> new Grouped(transport.get(url, GroupedTransactionPaginator.class)));
  }

  /** {@code GET /profiles/me/transactionitems/list/unassigned}: items not yet on a list. */
  public Page<TransactionItem> unassignedItems(boolean includeListItem) {
    return page(Query.of(), params -> transactionsApi().listMyUnassignedTransactionItems(includeListItem ? 1 : 0,
        params), TransactionItemPage.class);
  }

  /** The flat Laravel paginator of {@code group_transactions} (facts §3.22b), read as a page like the others. */
  private static final class Grouped implements PagedEnvelope<GroupedTransaction> {
    private final GroupedTransactionPaginator paginator;

    Grouped(GroupedTransactionPaginator paginator) {
      this.paginator = paginator == null ? GroupedTransactionPaginator.builder().build() : paginator;
    }

    @Override
    public List<GroupedTransaction> getData() {
      return paginator.getData();
    }

    @Override
    public PageLinks getLinks() {
      return PageLinks.builder().first(paginator.getFirstPageUrl()).last(paginator.getLastPageUrl())
          .prev(paginator.getPrevPageUrl()).next(paginator.getNextPageUrl()).build();
    }

    @Override
    public PageMeta getMeta() {
      return PageMeta.builder().currentPage(paginator.getCurrentPage()).from(paginator.getFrom())
          .lastPage(paginator.getLastPage()).path(paginator.getPath()).perPage(paginator.getPerPage())
          .to(paginator.getTo()).total(paginator.getTotal()).links(paginator.getLinks()).build();
    }
  }
}
