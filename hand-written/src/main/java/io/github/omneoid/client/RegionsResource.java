package io.github.omneoid.client;

import io.github.omneoid.api.RegionsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.ProfileRegionInput;
import io.github.omneoid.model.ProfileRegionUpdateInput;
import io.github.omneoid.model.Region;
import java.util.List;

/**
 * The regions the profile belongs to: {@code /profiles/me/regions}. Adding and changing a region answer with all of
 * the profile's regions, as the API does.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class RegionsResource extends Resource {

  private final RegionsApi api;

  RegionsResource(Transport transport) {
    super(transport);
    this.api = transport.api(RegionsApi.class);
  }

  /**
   * {@code GET /profiles/me/regions}.
   *
   * @return the profile's regions
   */
  public List<Region> list() {
    return list(Query.of());
  }

  /**
   * {@code GET /profiles/me/regions} with filters or sorting.
   *
   * @param query the query keys, sent as given
   * @return the regions the query selects
   */
  public List<Region> list(Query query) {
    return data(api.listMyRegions(required(query).toMap()));
  }

  /**
   * {@code POST /profiles/me/regions}, e.g. {@code new ProfileRegionInput().regionId(1L)}.
   *
   * @param region the region to join
   * @return all of the profile's regions after the addition
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects the region
   */
  public List<Region> create(ProfileRegionInput region) {
    return data(api.addMyRegion(body(region, "region")));
  }

  /**
   * {@code PUT /profiles/me/regions/{regionId}}.
   *
   * @param regionId the region's id (not the id of the profile's link to it)
   * @param update the fields to change
   * @return all of the profile's regions after the change
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no such region
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field
   */
  public List<Region> update(long regionId, ProfileRegionUpdateInput update) {
    return data(api.updateMyRegion(regionId, body(update, "update")));
  }

  /**
   * {@code DELETE /profiles/me/regions/{regionId}}; the server answers 204.
   *
   * @param regionId the region's id
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no such region
   */
  public void delete(long regionId) {
    send(api.deleteMyRegion(regionId));
  }
}
