package example;

import io.github.omneoid.client.OmneoId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The README's first steps, as a user would write them against the published artifacts. The consumer check compiles
 * this file in a project outside the build (Java 11) and runs it on the classpath that project resolved.
 *
 * <p>Meant to be swapped: when the README's snippets settle, paste them here (keep a {@code main} that needs no
 * network; base URL {@code 127.0.0.1:1} is never called).
 */
public final class ReadmeSnippet {

  public static void main(String[] args) {
    String idToken = unsignedJwt("{\"pid\":\"42\",\"exp\":4102444800}");

    OmneoId id = OmneoId.builder()
        .baseUrl("http://127.0.0.1:1/id/api/v1")
        .idToken(idToken)
        .build();
    var profile = id.profile();

    System.out.println("ReadmeSnippet: built a client, profile() is " + profile.getClass().getName());
  }

  /** A token with the two claims the client reads (pid, exp); the client does not check signatures. */
  private static String unsignedJwt(String claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
  }
}
