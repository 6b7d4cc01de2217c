package io.github.omneoid.sandbox;

import java.util.Locale;

/**
 * Which credential a route takes, from its operation's {@code x-omneo-token} in the spec. The spec's vocabulary
 * ({@code spec/README.md}) has four values; the sandbox serves them as three:
 *
 * <ul>
 *   <li>{@code admin}: the admin API token only ({@code POST /auth/token});</li>
 *   <li>{@code profile}: a profile ID token; an anonymous ID token gets 404, as on the real API's profile tree
 *       (docs.omneo.io/docs/omneo-id);</li>
 *   <li>{@code anonymous} and {@code profile-or-anonymous}: any ID token. An anonymous route also lets a profile
 *       token through: the sandbox cannot know the real API refuses it, and refusing would break sign-up forms
 *       that reuse a signed-in customer's token.</li>
 * </ul>
 *
 * The admin token is refused (401) everywhere except on admin routes.
 */
enum Access {
  ADMIN,
  ANY_ID,
  PROFILE;

  /** The access of an {@code x-omneo-token} value; a missing value means {@code profile}, the common case. */
  static Access ofToken(Object token) {
    String t = token == null ? "profile" : String.valueOf(token).trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "admin":
        return ADMIN;
      case "anonymous":
      case "profile-or-anonymous":
        return ANY_ID;
      case "profile":
        return PROFILE;
      default:
        throw new IllegalArgumentException("Unknown x-omneo-token value '" + token
            + "' (known: admin, profile, anonymous, profile-or-anonymous)");
    }
  }
}
