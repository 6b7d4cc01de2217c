package io.github.omneoid.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Connections between the bound profile and other profiles. Either side may list, update and read the other
 * side's info; acting <em>through</em> a connection ({@code /profiles/connection/{id}/...}) is for the connector
 * only (see {@link HttpFront}).
 */
final class ConnectionRoutes extends RouteFamily {
  static final Set<String> STATUSES = Store.set("draft", "pending", "accepted", "rejected", "hold", "archived",
      "break");

  ConnectionRoutes(Parts parts) {
    super(parts);
  }

  @Override
  void register(HandWritten routes) {
    routes.on("GET", ME + "/connections", this::listConnections);
    routes.on("PUT", ME + "/connections/{connectionId}", this::updateConnection);
    routes.on("GET", ME + "/connections/{connectionId}/profileInfo", this::connectionProfileInfo);
  }

  /**
   * {@code type=connector}: connections where the bound profile is the connector; {@code type=connected}: where
   * it is the connected side; no type: both (an assumption).
   */
  private Reply listConnections(Call c) {
    String type = c.q("type");
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> con : store.connectionsOf(c.target)) {
      boolean connector = c.target.id.equals(con.get("connector_id"));
      if (type == null || type.isEmpty() || ("connector".equals(type) && connector)
          || ("connected".equals(type) && !connector)) {
        out.add(render.connection(con));
      }
    }
    List<Map<String, Object>> all = Query.sort(Query.filter(out, Query.filters(c.query)), c.q("sort"));
    return Reply.raw(Wire.page(Query.page(all, c.query, c.pathUrl()), Shapes.CONNECTION));
  }

  private Map<String, Object> connectionOf(Call c) {
    Long id = Store.asLong(c.param("connectionId"));
    Map<String, Object> con = id == null ? null : store.connections.get(id);
    if (con == null || !(c.target.id.equals(con.get("connector_id")) || c.target.id.equals(con.get("connected_id")))) {
      throw ApiException.notFound("Connection");
    }
    return con;
  }

  private Reply updateConnection(Call c) {
    Map<String, Object> con = connectionOf(c);
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    Check.string(v, body, "name", false);
    for (String f : Arrays.asList("description", "notes", "disconnected_by", "connected_at", "disconnected_at",
        "connection_definition_handle")) {
      Check.string(v, body, f, true);
    }
    Check.oneOf(v, body, "status", false, STATUSES, "status");
    Check.integer(v, body, "sort_order", false);
    Check.object(v, body, "meta", true);
    for (String f : Arrays.asList("is_published", "is_default", "is_archived", "is_invalid", "is_primary")) {
      Check.bool(v, body, f, false);
    }
    v.throwIfAny();
    for (String f : Arrays.asList("name", "description", "notes", "disconnected_by", "connected_at",
        "disconnected_at", "status", "sort_order", "meta", "is_published", "is_default", "is_archived",
        "is_invalid", "is_primary")) {
      if (body.containsKey(f)) {
        con.put(f, Check.asBool(Json.normalize(body.get(f))));
      }
    }
    con.put("updated_at", store.now());
    return Reply.data(Shapes.CONNECTION.of(render.connection(con)));
  }

  /** The other side's ConnectionProfileData plus the definition's shareable attributes. */
  @SuppressWarnings("unchecked")
  private Reply connectionProfileInfo(Call c) {
    Map<String, Object> con = connectionOf(c);
    String other = c.target.id.equals(con.get("connector_id")) ? (String) con.get("connected_id")
        : (String) con.get("connector_id");
    Store.Profile p = store.profile(other);
    if (p == null) {
      throw ApiException.notFound("Profile");
    }
    Map<String, Object> info = Render.connectionProfileData(p);
    Object def = con.get("definition");
    if (def instanceof Map && ((Map<String, Object>) def).get("shareable_attributes") instanceof List) {
      Map<String, Object> full = render.profile(p);
      for (Object attr : (List<Object>) ((Map<String, Object>) def).get("shareable_attributes")) {
        if (attr instanceof String && full.containsKey(attr)) {
          info.put((String) attr, full.get(attr));
        }
      }
    }
    return Reply.data(Shapes.PROFILE.of(info));
  }
}
