package io.github.omneoid.sandbox;

import java.util.List;
import java.util.Map;

/**
 * Store locations (read-only): four built-in stores, two of them open. Profile tokens only, as the spec declares
 * ({@code x-omneo-token: profile}): anonymous tokens may only create or upsert a profile
 * (docs.omneo.io/dev-guides/frontend/omneo-id). What the real API answers them here is undocumented; the sandbox
 * answers 401, the status the spec declares for a credential the operation does not take.
 */
final class LocationRoutes extends RouteFamily {
  LocationRoutes(Parts parts) {
    super(parts);
  }

  @Override
  void register(HandWritten routes) {
    routes.on("GET", "/locations", c -> {
      List<Map<String, Object>> all = Query.sort(Query.filter(store.locations, Query.filters(c.query)),
          c.q("sort"));
      return Reply.raw(Wire.page(Query.page(all, c.query, c.pathUrl()), Shapes.LOCATION));
    });
    routes.on("GET", "/locations/{locationId}",
        c -> Reply.data(Shapes.LOCATION.of(Store.byId(store.locations, c.param("locationId"), "Location"))));
  }
}
