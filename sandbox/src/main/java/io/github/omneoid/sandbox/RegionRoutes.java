package io.github.omneoid.sandbox;

import java.util.Arrays;
import java.util.Map;

/**
 * The catalogue regions the bound profile belongs to, with its own country and state in each. Adding and
 * updating answer every region of the profile; deleting answers 204 (as the official SDK's integration tests
 * assert).
 */
final class RegionRoutes extends RouteFamily {
  RegionRoutes(Parts parts) {
    super(parts);
  }

  @Override
  void register(HandWritten routes) {
    String r = ME + "/regions";
    routes.on("GET", r, c -> Reply.data(render.regions(c.target)));
    routes.on("POST", r, this::add);
    routes.on("PUT", r + "/{regionId}", this::update);
    routes.on("DELETE", r + "/{regionId}", c -> {
      c.target.list(Kind.REGIONS).remove(linked(c));
      return Reply.noContent();
    });
  }

  private void validate(Map<String, Object> body, boolean creating, ApiException.Validation v) {
    if (creating && Check.required(v, body, "region_id")) {
      Check.integer(v, body, "region_id", false);
      if (body.get("region_id") instanceof Long && !store.regions.containsKey(body.get("region_id"))) {
        v.add("region_id", "The selected region id is invalid.");
      }
    }
    Check.string(v, body, "country", true);
    Check.string(v, body, "state", true);
    Check.bool(v, body, "is_active", false);
  }

  private Reply add(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validate(body, true, v);
    v.throwIfAny();
    store.linkRegion(c.target, (Long) body.get("region_id"), body.get("country"), body.get("state"),
        body.get("is_active"));
    return Reply.data(render.regions(c.target));
  }

  private Map<String, Object> linked(Call c) {
    Long id = Store.asLong(c.param("regionId"));
    Map<String, Object> link = id == null ? null : Store.regionLink(c.target, id);
    if (link == null) {
      throw ApiException.notFound("Region");
    }
    return link;
  }

  private Reply update(Call c) {
    Map<String, Object> link = linked(c);
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validate(body, false, v);
    v.throwIfAny();
    for (String f : Arrays.asList("country", "state")) {
      if (body.containsKey(f)) {
        link.put(f, body.get(f));
      }
    }
    if (body.containsKey("is_active")) {
      link.put("is_active", Check.asBool(body.get("is_active")));
    }
    link.put("updated_at", store.now());
    return Reply.data(render.regions(c.target));
  }
}
