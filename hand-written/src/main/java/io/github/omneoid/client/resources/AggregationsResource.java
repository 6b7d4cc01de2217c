package io.github.omneoid.client.resources;

import io.github.omneoid.api.AggregationsApi;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Aggregations;

/** {@code /profiles/me/aggregations}: spend, frequency and recency figures. */
public final class AggregationsResource extends Resource {

  AggregationsResource(Transport transport) {
    super(transport);
  }

  public Aggregations get(Query query) {
    return data(api(AggregationsApi.class).getMyAggregations(required(query).toMap()));
  }

  /** {@code GET .../calculate}: recomputes first. */
  public Aggregations calculate(Query query) {
    return data(api(AggregationsApi.class).calculateMyAggregations(required(query).toMap()));
  }
}
