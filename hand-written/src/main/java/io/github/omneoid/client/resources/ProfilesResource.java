package io.github.omneoid.client.resources;

import io.github.omneoid.api.ProfilesApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.ProfileUpsert;

/**
 * {@code POST /profiles}: the anonymous sign-up (seed 002, facts §2.2). The server looks for a profile with the
 * same {@code email} or {@code mobile_phone}:
 * <ul>
 *   <li>found — <b>only {@code attributes.comms}</b> from the payload is applied; names and every other field are
 *       ignored, so an unauthenticated caller cannot edit personal details;</li>
 *   <li>not found — a profile is created from the whole payload, with {@code first_name}/{@code last_name}
 *       defaulting to "unknown", {@code attributes.comms.email_promo} to true and {@code email_optout} to false.</li>
 * </ul>
 * The answer is 200 either way and does not say which happened.
 */
public final class ProfilesResource extends Resource {

  public ProfilesResource(Transport transport) {
    super(transport);
  }

  /**
   * @param profile {@code email} is required and checked here, before anything is sent
   * @return whatever the server returns under {@code data}, parsed as JSON; the body is undocumented (facts §6.2)
   */
  public Object upsert(ProfileUpsert profile) {
    body(profile, "profile");
    String email = profile.getEmail();
    if (email == null || email.trim().isEmpty()) {
      throw new IllegalArgumentException("email is required to create or upsert a profile");
    }
    int at = email.indexOf('@');
    if (at <= 0 || at == email.length() - 1 || email.indexOf('@', at + 1) >= 0 || email.trim().length() != email.length()) {
      throw new IllegalArgumentException("email must be an address like name@example.com, was: " + email);
    }
    return data(api(ProfilesApi.class).upsertProfile(profile));
  }
}
