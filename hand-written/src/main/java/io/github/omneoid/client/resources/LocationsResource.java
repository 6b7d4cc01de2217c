package io.github.omneoid.client.resources;

import io.github.omneoid.api.LocationsApi;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Location;
import io.github.omneoid.model.LocationPage;

/**
 * {@code /locations}: the read-only store finder (seed 002). Every query parameter passes through; open stores are
 * {@code Query.of().published(true).permanentlyClosed(false)}, or {@link #OPEN_STORES}.
 */
public final class LocationsResource extends Resource {

  /** {@code filter[is_published]=1&filter[is_permanently_closed]=0}, seed 002's example. */
  public static final Query OPEN_STORES = Query.of().published(true).permanentlyClosed(false);

  public LocationsResource(Transport transport) {
    super(transport);
  }

  public Page<Location> list(Query query) {
    return page(query, api(LocationsApi.class)::listLocations, LocationPage.class);
  }

  public Location get(long locationId) {
    return get(locationId, Query.of());
  }

  public Location get(long locationId, Query query) {
    return data(api(LocationsApi.class).getLocation(locationId, required(query).toMap()));
  }
}
