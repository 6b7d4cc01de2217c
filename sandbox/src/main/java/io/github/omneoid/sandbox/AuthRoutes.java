package io.github.omneoid.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minting ID tokens ({@code POST /auth/token}) and the anonymous create-or-update of a profile
 * ({@code POST /profiles}), both as docs.omneo.io/docs/omneo-id describes them.
 */
final class AuthRoutes extends RouteFamily {
  private final TokenService tokens;

  AuthRoutes(Parts parts) {
    super(parts);
    this.tokens = parts.tokens;
  }

  @Override
  void register(HandWritten routes) {
    routes.on("POST", "/auth/token", this::authToken);
    routes.on("POST", "/profiles", this::upsertProfile);
  }

  /**
   * {@code {"id": uuid}} mints for that profile, {@code {"id", "id_handle"}} for the owner of that identity, and
   * no or an empty {@code id} mints an anonymous token ({@code id_handle} is then ignored, as the official SDK
   * drops it). Assumption: an {@code id} or identity that matches no live profile is a 404.
   */
  private Reply authToken(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    Check.string(v, body, "id", true);
    Check.string(v, body, "id_handle", true);
    v.throwIfAny();
    Object id = body.get("id");
    Object handle = body.get("id_handle");
    String pid;
    if (id == null || ((String) id).isEmpty()) {
      pid = null;
    } else if (handle instanceof String && !((String) handle).isEmpty()) {
      Store.Profile p = store.profileByIdentity((String) handle, (String) id);
      if (p == null) {
        throw new ApiException(404, "No profile has an identity with handle '" + handle + "' and identifier '" + id
            + "'.");
      }
      pid = p.id;
    } else {
      if (store.profile((String) id) == null) {
        throw new ApiException(404, "Profile not found.");
      }
      pid = (String) id;
    }
    TokenService.Minted t = tokens.mint(pid);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("token", t.token);
    data.put("exp", t.exp);
    return Reply.data(data);
  }

  /**
   * Create, or, when a profile matches the email (then the mobile number), apply only {@code attributes.comms}
   * to it and answer it. Assumption: the email is looked up first; a mobile match counts only when no email
   * matches. The real API's answer body is undocumented; the sandbox answers the profile.
   */
  private Reply upsertProfile(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    if (Check.required(v, body, "email")) {
      Check.email(v, body, "email", "email");
    }
    Check.string(v, body, "mobile_phone", true);
    v.throwIfAny();
    String email = ((String) body.get("email")).trim();
    Store.Profile match = store.profileByEmail(email, null);
    if (match == null) {
      match = store.profileByMobile(body.get("mobile_phone"), null);
    }
    if (match != null) {
      Object attrs = body.get("attributes");
      if (attrs instanceof Map && Json.asMap(attrs).get("comms") instanceof Map) {
        Map<String, Object> comms = Json.asMap(Json.asMap(attrs).get("comms"));
        ProfileFields.validateComms(comms, "attributes.comms.", v);
        v.throwIfAny();
        fields.mergeComms(match, comms);
        match.fields.put("updated_at", store.now());
      }
      return Reply.data(Shapes.PROFILE.of(render.profile(match)));
    }
    fields.validate(body, null, true, v);
    validateAddresses(body, v);
    v.throwIfAny();
    Map<String, Object> create = new LinkedHashMap<>(body);
    create.remove("id");
    Store.Profile p = fields.create(create);
    if (body.get("addresses") instanceof List) {
      for (Object a : (List<?>) body.get("addresses")) {
        AddressRoutes.add(store, p, Json.asMap(a));
      }
    }
    return Reply.data(Shapes.PROFILE.of(render.profile(p)));
  }

  private static void validateAddresses(Map<String, Object> body, ApiException.Validation v) {
    if (!body.containsKey("addresses") || body.get("addresses") == null) {
      return;
    }
    if (!(body.get("addresses") instanceof List)) {
      v.add("addresses", "The addresses field must be an array.");
      return;
    }
    List<?> l = (List<?>) body.get("addresses");
    for (int i = 0; i < l.size(); i++) {
      if (!(l.get(i) instanceof Map)) {
        v.add("addresses." + i, "The addresses." + i + " field must be an object.");
      } else {
        AddressRoutes.validate(Json.asMap(l.get(i)), "addresses." + i + ".", true, v);
      }
    }
  }
}
