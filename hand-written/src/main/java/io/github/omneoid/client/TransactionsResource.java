package io.github.omneoid.client;

import io.github.omneoid.api.TransactionsApi;
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
import org.jspecify.annotations.Nullable;

/**
 * The profile's transactions: {@code GET /profiles/me/transactions} ({@link #list()}, {@link #list(Query)}),
 * {@code GET /profiles/me/transactions/{transactionId}} ({@link #get(long)}), transaction search
 * ({@link #find(Query)}), transactions grouped by order ({@link #getGrouped()}) and transaction items not yet on a
 * list ({@link #getUnassignedItems()}).
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class TransactionsResource extends PagedResource<Transaction, TransactionPage> {

  private final TransactionsApi api;

  TransactionsResource(Transport transport) {
    this(transport, transport.api(TransactionsApi.class));
  }

  private TransactionsResource(Transport transport, TransactionsApi api) {
    super(transport, api::listMyTransactions, api::getMyTransaction, TransactionPage.class);
    this.api = api;
  }

  /**
   * {@code GET /profiles/me/find-transactions} with filters, e.g. {@code Query.of().filter("external_id", "T-1")}.
   * The server answers one transaction, or 404 when none matches; other errors are thrown as usual.
   *
   * @param filters the {@code filter[...]} keys to match, e.g. {@code external_id}, {@code receipt_ref},
   *     {@code order_number}
   * @return the one match, or empty when the server answers 404 (none)
   */
  public Optional<Transaction> find(Query filters) {
    try {
      return Optional.ofNullable(data(api.findMyTransaction(required(filters).toMap())));
    } catch (NotFoundException none) {
      return Optional.empty();
    }
  }

  /**
   * {@code GET /profiles/me/group_transactions}: transactions grouped by order, first page.
   *
   * @return the first page of groups; {@link Page#autoPager()} walks the rest
   */
  public Page<GroupedTransaction> getGrouped() {
    return getGrouped(Query.of());
  }

  /**
   * {@code GET /profiles/me/group_transactions}, paged with e.g. {@code Query.of().page(2).pageSize(10)} (the
   * paging keys are sent, which the JS SDK's {@code getGrouped} drops).
   *
   * @param query paging and filters
   * @return the page of groups
   */
  public Page<GroupedTransaction> getGrouped(Query query) {
    return Pages.fetch(required(query),
        q -> new Grouped(transport.execute(api.listMyGroupedTransactions(q.toMap()))),
        url -> new Grouped(transport.get(url, GroupedTransactionPaginator.class)));
  }

  /**
   * {@code GET /profiles/me/transactionitems/list/unassigned}: transaction items not yet on a list.
   *
   * @return the first page of items; {@link Page#autoPager()} walks the rest
   */
  public Page<TransactionItem> getUnassignedItems() {
    return getUnassignedItems(Query.of());
  }

  /**
   * {@code GET /profiles/me/transactionitems/list/unassigned} with a query, e.g.
   * {@code Query.of().param("include_list_item", 1)} to include the list item each one is linked to.
   *
   * @param query paging, filters and {@code include_list_item}
   * @return the page of items
   */
  public Page<TransactionItem> getUnassignedItems(Query query) {
    return page(query, params -> api.listMyUnassignedTransactionItems(null, params), TransactionItemPage.class);
  }

  /** The flat Laravel paginator of {@code group_transactions}, read as a page like the others. */
  private static final class Grouped implements PagedEnvelope<GroupedTransaction> {
    private final GroupedTransactionPaginator paginator;

    Grouped(@Nullable GroupedTransactionPaginator paginator) {
      this.paginator = paginator == null ? GroupedTransactionPaginator.builder().build() : paginator;
    }

    @Override
    public @Nullable List<GroupedTransaction> getData() {
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
