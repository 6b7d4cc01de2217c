package io.github.omneoid.sandbox;

import java.util.Map;

/**
 * The root of the bound profile: read, update, soft delete, purge, resync, the comms subscription shortcut and
 * the profile type.
 */
final class ProfileRoutes extends RouteFamily {
  ProfileRoutes(Parts parts) {
    super(parts);
  }

  @Override
  void register(HandWritten routes) {
    routes.on("GET", ME, c -> Reply.data(Shapes.PROFILE.of(render.profile(c.target))));
    routes.on("PUT", ME, this::update);
    routes.on("DELETE", ME, this::softDelete);
    routes.on("DELETE", ME + "/purge", this::purge);
    routes.on("GET", ME + "/resync", c -> Reply.data(Shapes.PROFILE.of(render.profile(c.target))));
    // Subscribe and unsubscribe: the same merge as PUT /attributes/comms, answered as a one-element array.
    routes.on("PUT", ME + "/comms", c -> Reply.data(Catalog.list(fields.updateComms(c.target, c.body()))));
    routes.on("PUT", ME + "/update-type", this::updateType);
  }

  /**
   * A partial update. Another profile's {@code mobile_phone} is a 422 with the exact message the official SDK
   * looks for, {@code "The phone number exists"} (omneo-sdk src/id/resources/profile/index.ts).
   */
  private Reply update(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    fields.validate(body, c.target, false, v);
    v.throwIfAny();
    fields.apply(c.target, body);
    return Reply.data(Shapes.PROFILE.of(render.profile(c.target)));
  }

  /** Soft delete: the profile disappears from the API (404), and its tokens stop working on the profile tree. */
  private Reply softDelete(Call c) {
    c.target.deleted = true;
    c.target.fields.put("profile_type", "deleted");
    c.target.fields.put("deleted_at", store.now());
    return Reply.noContent();
  }

  /** Permanent removal: the profile, its records (identities included) and its connections are gone. */
  private Reply purge(Call c) {
    store.profiles.remove(c.target.id);
    store.connections.values().removeIf(
        con -> c.target.id.equals(con.get("connector_id")) || c.target.id.equals(con.get("connected_id")));
    return Reply.noContent();
  }

  private Reply updateType(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    if (Check.required(v, body, "profile_type")) {
      Check.oneOf(v, body, "profile_type", false, ProfileFields.PROFILE_TYPES, "profile_type");
    }
    v.throwIfAny();
    c.target.fields.put("profile_type", body.get("profile_type"));
    c.target.fields.put("updated_at", store.now());
    return Reply.data(Shapes.PROFILE.of(render.profile(c.target)));
  }
}
