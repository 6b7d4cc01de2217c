package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import java.util.Objects;

/**
 * What to mint a token for ({@code POST /auth/token}): a profile by its Omneo UUID, a profile by one of its identities
 * (identifier plus handle, e.g. {@code "1004993MH"} with {@code "magento_id"}), or nobody (anonymous: may only
 * create or upsert a profile).
 */
public final class AuthTokenRequest {

  private final String id;
  private final String idHandle;

  private AuthTokenRequest(String id, String idHandle) {
    this.id = id;
    this.idHandle = idHandle;
  }

  /** @param profileId the profile's Omneo UUID */
  public static AuthTokenRequest forProfile(String profileId) {
    return new AuthTokenRequest(Arguments.requireText(profileId, "profileId"), null);
  }

  /**
   * @param identifier the identity's value, e.g. the Shopify customer id
   * @param handle the identity's handle, e.g. {@code shopify} or {@code magento_id}
   */
  public static AuthTokenRequest forIdentity(String identifier, String handle) {
    return new AuthTokenRequest(Arguments.requireText(identifier, "identifier"), Arguments.requireText(handle, "handle"));
  }

  /** A token bound to no profile. The body leaves {@code id} out, as the seeds say. */
  public static AuthTokenRequest anonymous() {
    return new AuthTokenRequest(null, null);
  }

  /** @return the {@code id} to send; null for an anonymous token */
  public String id() {
    return id;
  }

  /** @return the {@code id_handle} to send; null unless minting by identity */
  public String idHandle() {
    return idHandle;
  }

  public boolean isAnonymous() {
    return id == null;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AuthTokenRequest)) {
      return false;
    }
    AuthTokenRequest other = (AuthTokenRequest) o;
    return Objects.equals(id, other.id) && Objects.equals(idHandle, other.idHandle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, idHandle);
  }

  @Override
  public String toString() {
    if (id == null) {
      return "AuthTokenRequest{anonymous}";
    }
    return idHandle == null ? "AuthTokenRequest{profile=" + id + "}"
        : "AuthTokenRequest{identity=" + id + ", handle=" + idHandle + "}";
  }
}
