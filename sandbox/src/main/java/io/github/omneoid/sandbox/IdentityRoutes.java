package io.github.omneoid.sandbox;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Identities (handle + identifier pairs linking external systems) of the bound profile, addressed by handle or by
 * {@code /identities/id/{id}}. A handle is unique per profile, and handle + identifier is unique across profiles
 * (it is how {@code POST /auth/token} finds a profile). Identifiers are stored as strings.
 */
final class IdentityRoutes extends RouteFamily {
  IdentityRoutes(Parts parts) {
    super(parts);
  }

  @Override
  void register(HandWritten routes) {
    String r = ME + "/identities";
    routes.on("GET", r, c -> Reply.data(filtered(c, c.target.list(Kind.IDENTITIES), Shapes.PLAIN)));
    routes.on("POST", r, this::create);
    routes.on("GET", r + "/{handle}", c -> Reply.data(byHandle(c)));
    routes.on("PUT", r + "/{handle}", c -> update(c, byHandle(c)));
    routes.on("DELETE", r + "/{handle}", c -> {
      c.target.list(Kind.IDENTITIES).remove(byHandle(c));
      return Reply.noContent();
    });
    routes.on("GET", r + "/id/{identityId}", c -> Reply.data(record(c, Kind.IDENTITIES, "identityId", "Identity")));
    routes.on("PUT", r + "/id/{identityId}", c -> update(c, record(c, Kind.IDENTITIES, "identityId", "Identity")));
    routes.on("DELETE", r + "/id/{identityId}", c -> deleteById(c, Kind.IDENTITIES, "identityId", "Identity"));
  }

  private Map<String, Object> byHandle(Call c) {
    for (Map<String, Object> i : c.target.list(Kind.IDENTITIES)) {
      if (c.param("handle").equals(i.get("handle"))) {
        return i;
      }
    }
    throw ApiException.notFound("Identity");
  }

  void validate(Store.Profile p, Map<String, Object> body, Map<String, Object> self, boolean creating,
      ApiException.Validation v) {
    if (creating) {
      Check.required(v, body, "handle");
      Check.required(v, body, "identifier");
    }
    Check.string(v, body, "handle", false);
    Check.scalar(v, body, "identifier", "identifier");
    if (!creating && body.containsKey("identifier") && body.get("identifier") == null) {
      v.add("identifier", "The identifier field is required.");
    }
    Check.bool(v, body, "is_active", false);
    Check.bool(v, body, "is_primary", false);
    if (!v.isEmpty()) {
      return;
    }
    String handle = body.get("handle") instanceof String ? (String) body.get("handle")
        : self == null ? null : (String) self.get("handle");
    Object identifierRaw = body.containsKey("identifier") ? body.get("identifier")
        : self == null ? null : self.get("identifier");
    String identifier = identifierRaw == null ? null : String.valueOf(identifierRaw);
    if (handle != null) {
      for (Map<String, Object> i : p.list(Kind.IDENTITIES)) {
        if (i != self && handle.equals(i.get("handle"))) {
          v.add("handle", "The handle has already been taken.");
        }
      }
    }
    if (handle != null && identifier != null) {
      Store.Profile owner = store.profileByIdentity(handle, identifier);
      boolean sameRecord = owner == p && self != null && handle.equals(self.get("handle"))
          && identifier.equals(String.valueOf(self.get("identifier")));
      if (owner != null && !sameRecord) {
        v.add("identifier", "The identifier has already been taken.");
      }
    }
  }

  Map<String, Object> add(Store.Profile p, Map<String, Object> body) {
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("handle", body.get("handle"));
    given.put("identifier", String.valueOf(body.get("identifier")));
    for (String f : Arrays.asList("is_active", "is_primary")) {
      if (body.containsKey(f)) {
        given.put(f, Check.asBool(body.get(f)));
      }
    }
    Map<String, Object> i = Records.create(store, p, Kind.IDENTITIES, given);
    p.list(Kind.IDENTITIES).add(i);
    return i;
  }

  private Reply create(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validate(c.target, body, null, true, v);
    v.throwIfAny();
    return Reply.data(add(c.target, body));
  }

  private Reply update(Call c, Map<String, Object> identity) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validate(c.target, body, identity, false, v);
    v.throwIfAny();
    if (body.get("handle") instanceof String) {
      identity.put("handle", body.get("handle"));
    }
    if (body.get("identifier") != null) {
      identity.put("identifier", String.valueOf(body.get("identifier")));
    }
    for (String f : Arrays.asList("is_active", "is_primary")) {
      if (body.containsKey(f)) {
        identity.put(f, Check.asBool(body.get(f)));
      }
    }
    identity.put("updated_at", store.now());
    return Reply.data(identity);
  }
}
