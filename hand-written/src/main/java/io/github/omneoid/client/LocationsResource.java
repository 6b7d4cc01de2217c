package io.github.omneoid.client;

import io.github.omneoid.api.LocationsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Location;
import io.github.omneoid.model.LocationPage;

/**
 * The tenant's store locations, read-only (a store finder): {@code GET /locations} ({@link #list()},
 * {@link #list(Query)}, e.g. with {@link #OPEN_STORES}) and {@code GET /locations/{locationId}}
 * ({@link #get(long)}, {@link #get(long, Query)}). Not tied to the profile: a connection view does not change
 * these routes. The API's pages do not say whether an anonymous token may read them.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors}.
 */
public final class LocationsResource extends PagedResource<Location, LocationPage> {

  /** {@code filter[is_published]=1&filter[is_permanently_closed]=0}: stores a customer can visit. */
  public static final Query OPEN_STORES = Query.of().published(true).permanentlyClosed(false);

  private final LocationsApi api;

  LocationsResource(Transport transport) {
    this(transport, transport.api(LocationsApi.class));
  }

  private LocationsResource(Transport transport, LocationsApi api) {
    super(transport, api::listLocations, id -> api.getLocation(id, Query.of().toMap()), LocationPage.class);
    this.api = api;
  }

  /**
   * {@code GET /locations/{locationId}} with a query, e.g. {@code Query.of().include("normal_hours")}.
   *
   * @param locationId the location's id
   * @param query the query keys, sent as given
   * @return the location
   * @throws io.github.omneoid.client.errors.NotFoundException when there is no location with that id
   */
  public Location get(long locationId, Query query) {
    return data(api.getLocation(locationId, required(query).toMap()));
  }
}
