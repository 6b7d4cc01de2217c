package io.github.omneoid.client;

import io.github.omneoid.api.LocationsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Location;
import io.github.omneoid.model.LocationPage;

/** The tenant's store locations, read-only (a store finder): {@code /locations}. */
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
   */
  public Location get(long locationId, Query query) {
    return data(api.getLocation(locationId, required(query).toMap()));
  }
}
