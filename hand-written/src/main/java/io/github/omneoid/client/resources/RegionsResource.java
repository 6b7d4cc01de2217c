package io.github.omneoid.client.resources;

import io.github.omneoid.api.RegionsApi;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.ProfileRegionInput;
import io.github.omneoid.model.ProfileRegionUpdateInput;
import io.github.omneoid.model.Region;
import java.util.List;

/** {@code /profiles/me/regions}; writes answer with all of the profile's regions (facts §2.5). */
public final class RegionsResource extends Resource {

  RegionsResource(Transport transport) {
    super(transport);
  }

  private RegionsApi regionsApi() {
    return api(RegionsApi.class);
  }

  public List<Region> list() {
    return data(regionsApi().listMyRegions(Query.of().toMap()));
  }

  /** @return all of the profile's regions after the addition */
  public List<Region> add(ProfileRegionInput region) {
    return data(regionsApi().addMyRegion(body(region, "region")));
  }

  /** @param regionId the region's id, not the id of the profile's link to it */
  public List<Region> update(long regionId, ProfileRegionUpdateInput update) {
    return data(regionsApi().updateMyRegion(regionId, body(update, "update")));
  }

  /** The server answers 204. */
  public void delete(long regionId) {
    send(regionsApi().deleteMyRegion(regionId));
  }
}
