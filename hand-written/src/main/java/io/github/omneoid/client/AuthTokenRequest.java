package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to mint a token for ({@code POST /auth/token}): a profile by its Omneo UUID, a profile by one of its identities
 * (identifier plus handle, e.g. {@code "1004993MH"} with {@code "magento_id"}), or nobody (anonymous: may only
 * create or upsert a profile, {@code POST /profiles}). Immutable; equal when the fields sent are equal.
 */
public final class AuthTokenRequest {

  private final String id;
  private final String idHandle;

  private AuthTokenRequest(String id, String idHandle) {
    this.id = id;
    this.idHandle = idHandle;
  }

  /**
   * A token bound to a profile: sends {@code {"id": profileId}}.
   *
   * @param profileId the profile's Omneo UUID, not blank
   * @return the request
   */
  public static AuthTokenRequest forProfile(String profileId) {
    return new AuthTokenRequest(Arguments.requireText(profileId, "profileId"), null);
  }

  /**
   * A token bound to the profile that owns an identity: sends {@code {"id": identifier, "id_handle": handle}}, and
   * the server looks the profile up.
   *
   * @param identifier the identity's value, e.g. the Shopify customer id; not blank
   * @param handle the identity's handle, e.g. {@code shopify} or {@code magento_id}; not blank
   * @return the request
   */
  public static AuthTokenRequest forIdentity(String identifier, String handle) {
    return new AuthTokenRequest(Arguments.requireText(identifier, "identifier"), Arguments.requireText(handle, "handle"));
  }

  /**
   * A token bound to no profile. The body leaves {@code id} out, as the ID API's own pages say (docs.omneo.io
   * {@code dev-guides/frontend/omneo-id}, "Anonymous tokens"); the JS SDK sends {@code {"id": ""}} instead.
   *
   * @return the request
   */
  public static AuthTokenRequest anonymous() {
    return new AuthTokenRequest(null, null);
  }

  /** @return the {@code id} to send; null for an anonymous token */
  public @Nullable String id() {
    return id;
  }

  /** @return the {@code id_handle} to send; null unless minting by identity */
  public @Nullable String idHandle() {
    return idHandle;
  }

  /** @return whether this asks for an anonymous token (no {@code id}) */
  public boolean isAnonymous() {
    return id == null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
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
