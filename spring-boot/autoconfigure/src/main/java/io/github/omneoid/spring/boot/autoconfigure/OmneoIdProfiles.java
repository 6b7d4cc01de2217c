package io.github.omneoid.spring.boot.autoconfigure;

import io.github.omneoid.client.AuthTokenRequest;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.OmneoIdAdmin;

/**
 * Customer clients for a server that acts on its customers' behalf: {@link #forProfile(String)} gives an
 * {@link OmneoId} for one profile whose tokens the {@code OmneoIdAdmin} bean mints when they are needed, with the
 * same {@code omneo.id.*} settings, listener and customizers as the admin bean. The auto-configuration provides one
 * when it provides the {@code OmneoIdAdmin} bean. Thread-safe.
 *
 * <pre>{@code
 * @GetMapping("/me")
 * Profile me(@AuthenticationPrincipal Customer customer) {
 *   return profiles.forProfile(customer.omneoProfileId()).profile().get();
 * }
 * }</pre>
 */
public final class OmneoIdProfiles {

  private final OmneoIdAdmin admin;
  private final ClientSettings settings;

  OmneoIdProfiles(OmneoIdAdmin admin, ClientSettings settings) {
    this.admin = admin;
    this.settings = settings;
  }

  /**
   * A client acting on one profile. Nothing is sent until its first call, which mints the profile's first token;
   * later tokens are minted before the current one runs out. Every client of the auto-configuration sends through
   * one shared OkHttpClient, so a client per request or session is cheap; keep one per customer session to reuse
   * its token, and {@code close()} it when the session ends (that ends its token-refresh threads; the shared
   * connections stay open for the others). The shared OkHttpClient is closed with the application context.
   *
   * @param profileId the profile's id, not blank
   * @return a new client for that profile
   * @throws IllegalArgumentException when {@code profileId} is null or blank
   */
  public OmneoId forProfile(String profileId) {
    AuthTokenRequest request = AuthTokenRequest.forProfile(profileId);
    OmneoId.Builder customer = settings.apply(OmneoId.builder()).tokenSource(admin.tokenSource(request));
    return settings.build(customer::build);
  }

  @Override
  public String toString() {
    return "OmneoIdProfiles{" + admin + "}";
  }
}
