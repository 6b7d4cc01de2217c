package io.github.omneoid.client.resources;

import io.github.omneoid.api.PointsApi;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Point;
import io.github.omneoid.model.PointPage;

/** {@code /profiles/me/points}: read-only (writes were removed as non-existent, facts §2.12). */
public final class PointsResource extends Resource {

  PointsResource(Transport transport) {
    super(transport);
  }

  public Page<Point> list(Query query) {
    return page(query, api(PointsApi.class)::listMyPoints, PointPage.class);
  }

  public Point get(long id) {
    return data(api(PointsApi.class).getMyPoint(id));
  }
}
