package example;

import io.github.omneoid.client.OmneoId;
import io.github.omneoid.model.Profile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An app as an Android release build would ship it: shrunk and obfuscated with the rules its jars embed. It reads the
 * customer's profile from the base URL it is given and prints what it parsed.
 */
public final class ShrunkApp {

  public static void main(String[] args) {
    String idToken = unsignedJwt("{\"pid\":\"42\",\"exp\":4102444800}");
    OmneoId id = OmneoId.builder().baseUrl(args[0]).idToken(idToken).build();
    Profile profile = id.profile().get();
    System.out.println("first_name=" + profile.getFirstName());
    System.out.println("gender=" + profile.getGender().value() + " known=" + profile.getGender().isKnown());
    System.out.println("tier=" + profile.getTier().getName());
    // OkHttp keeps idle connections (and their threads) for a while; the app is done.
    System.exit(0);
  }

  /** A token with the two claims the client reads (pid, exp); the client does not check signatures. */
  private static String unsignedJwt(String claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
  }
}
