package io.github.omneoid.client;

import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.json.DataEnvelope;
import io.github.omneoid.json.PagedEnvelope;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import retrofit2.Call;

/**
 * A collection the API pages and reads by integer id: {@code list()}, {@code list(Query)} and {@code get(id)}. The
 * class documentation of each subclass names its routes: {@code list} calls {@code GET /<collection>},
 * {@code get} calls {@code GET /<collection>/{id}}. Not meant to be extended outside this package.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors}; the ones that matter
 * for each method are named on it.
 *
 * @param <T> the item
 * @param <P> the generated page envelope
 */
public abstract class PagedResource<T, P extends PagedEnvelope<T>> extends Resource {

  private final Function<Map<String, String>, Call<P>> list;
  private final LongFunction<Call<? extends DataEnvelope<T>>> get;
  private final Class<P> pageType;

  PagedResource(Transport transport, Function<Map<String, String>, Call<P>> list,
      LongFunction<Call<? extends DataEnvelope<T>>> get, Class<P> pageType) {
    super(transport);
    this.list = list;
    this.get = get;
    this.pageType = pageType;
  }

  /**
   * Lists the first page, as the server sizes it: the collection's {@code GET} route without a query.
   *
   * @return the first page; {@link Page#autoPager()} walks the rest
   */
  public Page<T> list() {
    return list(Query.of());
  }

  /**
   * Lists with filters, sorting and paging, e.g. {@code Query.of().sort("-created_at").pageSize(50)}: the
   * collection's {@code GET} route with the query's keys.
   *
   * @param query the query keys, sent as given
   * @return the page the query selects
   */
  public Page<T> list(Query query) {
    return page(query, list, pageType);
  }

  /**
   * Reads one item: the collection's {@code GET .../{id}} route.
   *
   * @param id the item's id
   * @return the item
   * @throws io.github.omneoid.client.errors.NotFoundException when there is no item with that id (for a profile's
   *     collection: none of this profile's)
   */
  public T get(long id) {
    return data(get.apply(id));
  }
}
