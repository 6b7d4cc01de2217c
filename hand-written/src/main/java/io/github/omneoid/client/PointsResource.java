package io.github.omneoid.client;

import io.github.omneoid.api.PointsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Point;
import io.github.omneoid.model.PointPage;

/**
 * Points issued to the profile: {@code GET /profiles/me/points} ({@link #list()}, {@link #list(Query)}) and
 * {@code GET /profiles/me/points/{id}} ({@link #get(long)}). Read-only on the ID API.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class PointsResource extends PagedResource<Point, PointPage> {

  PointsResource(Transport transport) {
    this(transport, transport.api(PointsApi.class));
  }

  private PointsResource(Transport transport, PointsApi api) {
    super(transport, api::listMyPoints, api::getMyPoint, PointPage.class);
  }
}
