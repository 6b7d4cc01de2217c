package io.github.omneoid.contract;

import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.ProfileSeed;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hc.core5.http.HttpRequest;

/**
 * What the provider states arranged for one interaction: the sandbox's data, the profile the request acts for and
 * the credentials it must carry.
 *
 * <p>The consumer's requests carry fake, unsigned tokens and the sandbox checks signatures, so {@link #authorize}
 * replaces the {@code Authorization} header with a token the sandbox minted for the state's profile (or an anonymous
 * or expired one), or with the sandbox's admin token on {@code POST /auth/token} — unless a state said that
 * credential is the bad one, in which case the consumer's fake is sent as it is.
 */
final class Arrangement {

  private final OmneoIdSandbox sandbox;
  /** Stores are catalogue data that {@link OmneoIdSandbox#reset()} keeps: one is added per sandbox. */
  private Object storeId;

  private String profileId;
  private String idToken;
  private boolean adminTokenValid;

  Arrangement(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  /** Empties the sandbox's profiles and forgets the previous interaction's caller. */
  void reset() {
    sandbox.reset();
    profileId = null;
    idToken = null;
    adminTokenValid = true;
  }

  OmneoIdSandbox sandbox() {
    return sandbox;
  }

  void authorize(HttpRequest request) throws URISyntaxException {
    if (request.getUri().getPath().endsWith(Contract.BASE + "/auth/token")) {
      if (adminTokenValid) {
        request.setHeader("Authorization", "Bearer " + sandbox.adminToken());
      }
    } else if (idToken != null) {
      request.setHeader("Authorization", "Bearer " + idToken);
    }
  }

  // ---------------------------------------------------------------------------------------- callers

  /** Seeds a profile with this id and makes it the caller, with a freshly minted ID token. */
  void actAs(String id, ProfileSeed seed) {
    sandbox.seedProfile(seed.field("id", id));
    profileId = id;
    idToken = sandbox.mintToken(id);
  }

  void actAnonymously() {
    idToken = sandbox.mintAnonymousToken();
  }

  /** The caller's token, minted and then expired with every other token issued so far. */
  void expireTokens() {
    idToken = sandbox.mintToken(profileId);
    sandbox.expireAllTokens();
  }

  /** The consumer's fake admin token is sent as it is, and the sandbox does not know it. */
  void rejectAdminToken() {
    adminTokenValid = false;
  }

  // ---------------------------------------------------------------------------------------- data

  String profileId() {
    return profileId;
  }

  /** Adds a record to the caller's collection; answers its id. */
  Object record(String collection, Object... keyValues) {
    return recordWith(collection, map(keyValues)).get("id");
  }

  /** Adds a record to the caller's collection; answers it as stored (with the ids of nested items). */
  Map<String, Object> recordWith(String collection, Map<String, Object> fields) {
    return sandbox.seedRecord(profileId, collection, fields);
  }

  Object connectTo(String connectedId) {
    return sandbox.seedConnection(profileId, connectedId).get("id");
  }

  Object store(Map<String, Object> fields) {
    if (storeId == null) {
      storeId = sandbox.seedLocation(fields).get("id");
    }
    return storeId;
  }

  static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
