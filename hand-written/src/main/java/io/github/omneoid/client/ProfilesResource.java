package io.github.omneoid.client;

import io.github.omneoid.api.ProfilesApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileUpsert;

/**
 * The anonymous sign-up, {@code POST /profiles}: what an anonymous ID token may call. Every call throws the
 * unchecked exceptions of {@link io.github.omneoid.client.errors}.
 */
public final class ProfilesResource extends Resource {

  ProfilesResource(Transport transport) {
    super(transport);
  }

  /**
   * {@code POST /profiles}: creates a profile, or — when one already has the email or mobile — updates only its
   * comms preferences (no other field of an existing profile can change this way). The answer is the same either
   * way, 200 with the profile. A new profile gets {@code "unknown"} as first and last name when none is sent.
   *
   * @param profile {@code email} is required and checked here, before anything is sent: one {@code @} with text on
   *     both sides, no surrounding spaces ({@link IllegalArgumentException} otherwise)
   * @return the profile the server created or matched; on a match the server may send back fewer or more fields
   *     than were sent
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field
   */
  public Profile upsert(ProfileUpsert profile) {
    body(profile, "profile");
    String email = profile.getEmail();
    if (email == null || email.trim().isEmpty()) {
      throw new IllegalArgumentException("email is required to create or upsert a profile");
    }
    int at = email.indexOf('@');
    if (at <= 0 || at == email.length() - 1 || email.indexOf('@', at + 1) >= 0
        || email.trim().length() != email.length()) {
      throw new IllegalArgumentException("email must be an address like name@example.com, was: " + email);
    }
    return data(api(ProfilesApi.class).upsertProfile(profile));
  }
}
