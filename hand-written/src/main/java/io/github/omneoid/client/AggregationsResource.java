package io.github.omneoid.client;

import io.github.omneoid.api.AggregationsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Aggregations;

/**
 * The profile's computed shopping aggregations: {@code /profiles/me/aggregations}.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class AggregationsResource extends Resource {

  private final AggregationsApi api;

  AggregationsResource(Transport transport) {
    super(transport);
    this.api = transport.api(AggregationsApi.class);
  }

  /**
   * {@code GET /profiles/me/aggregations} (the JS SDK's {@code aggregations.list}; the API answers one object).
   *
   * @return the aggregations as last computed; figures are null until the first calculation
   */
  public Aggregations list() {
    return list(Query.of());
  }

  /**
   * {@code GET /profiles/me/aggregations} with a query.
   *
   * @param query the query keys, sent as given
   * @return the aggregations as last computed
   */
  public Aggregations list(Query query) {
    return data(api.getMyAggregations(required(query).toMap()));
  }

  /**
   * {@code GET /profiles/me/aggregations/calculate}: recomputes them first. A GET that changes state: like any GET
   * it may be sent again by the retry policy.
   *
   * @return the recomputed aggregations
   */
  public Aggregations calculate() {
    return calculate(Query.of());
  }

  /**
   * {@code GET /profiles/me/aggregations/calculate} with a query.
   *
   * @param query the query keys, sent as given
   * @return the recomputed aggregations
   */
  public Aggregations calculate(Query query) {
    return data(api.calculateMyAggregations(required(query).toMap()));
  }
}
