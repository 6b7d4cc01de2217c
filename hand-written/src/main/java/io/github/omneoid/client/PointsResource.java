package io.github.omneoid.client;

import io.github.omneoid.api.PointsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Point;
import io.github.omneoid.model.PointPage;

/**
 * Points issued to the profile: {@code GET /profiles/me/points} ({@link #list()}, {@link #list(Query)}) and
 * {@code GET /profiles/me/points/{id}} ({@link #get(long)}). Read-only on the ID API.
 */
public final class PointsResource extends PagedResource<Point, PointPage> {

  PointsResource(Transport transport) {
    this(transport, transport.api(PointsApi.class));
  }

  private PointsResource(Transport transport, PointsApi api) {
    super(transport, api::listMyPoints, api::getMyPoint, PointPage.class);
  }
}
