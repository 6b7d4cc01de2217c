package io.github.omneoid.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.OmneoIdAdmin;
import io.github.omneoid.client.RetryPolicy;
import io.github.omneoid.sandbox.Fault;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo itself, run in-process: what it prints, that it never prints a token, and how it fails. */
class DemoTest {

  /** A JWT's first two segments: any whole token in the output would contain this. */
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.eyJ");

  private static final class Output {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }

    List<String> lines() {
      return text().lines().toList();
    }
  }

  @Test
  void againstTheEmbeddedSandboxItTellsTheWholeStoryAndExitsZero() {
    Output out = new Output();

    int status = Demo.run(Map.of(), out.stream);

    String text = out.text();
    assertThat(status).as(text).isZero();
    assertThat(out.lines().get(0)).startsWith("Omneo ID demo against an embedded sandbox at http://127.0.0.1:");
    assertThat(out.lines()).filteredOn(l -> l.matches("\\d+\\. .*")).extracting(l -> l.substring(0, 2))
        .containsExactly("1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.");
    assertThat(text)
        .contains("by identity magento_id=1004993MH: token ...")
        .contains("(the same profile)")
        .contains("bound to no profile")
        .contains("with the server's defaults: first name \"unknown\", last name \"unknown\", email_promo true,"
            + " email_optout false")
        .contains("updated: Alex Sample")
        .contains("subscribed to email: yes -> unsubscribe -> no -> subscribe -> yes")
        .contains("no wishlist yet: created list")
        .contains("the wishlist now holds 1 item")
        .contains("the sandbox's clock moves 61 s")
        .contains("expired now: yes")
        .contains("mints for this customer: 2")
        .contains("2 open of 4 stores: Melbourne Central (Melbourne), Sydney Pitt St (Sydney)")
        .contains("id.profile().connection(")
        .contains("Kim Sample <kim.sample@example.com>")
        .contains("id.profile().get() is still the customer: Alex Sample");
    assertThat(out.lines().get(out.lines().size() - 1))
        .matches("Done: 9 steps in \\d+ ms; the backend minted 5 tokens \\(3 in step 1, 2 for customer"
            + " [0-9a-f]{8}\\.\\.\\., 1 of them a transparent refresh\\); nothing failed\\.");
  }

  @Test
  void itNeverPrintsMoreThanTheLastFiveCharactersOfAToken() {
    Output out = new Output();

    Demo.run(Map.of(), out.stream);

    assertThat(JWT.matcher(out.text()).find()).as(out.text()).isFalse();
    List<String> suffixes = Pattern.compile("token \\.\\.\\.([A-Za-z0-9_-]+)").matcher(out.text()).results()
        .map(m -> m.group(1)).toList();
    assertThat(suffixes).allSatisfy(suffix -> assertThat(suffix).hasSize(5));
    // Five tokens were minted (three in step 1, the customer's first and its refresh), each shown by its suffix.
    assertThat(suffixes.stream().distinct()).hasSize(5);
  }

  @Test
  void aFailurePrintsTheTypedErrorAndExitsOne() {
    Output out = new Output();
    Demo.Sandboxed target = Demo.Sandboxed.start();
    target.sandbox().faults().add(Fault.on("GET", "/locations").status(500).message("Store service down"));

    int status = Demo.run(target, out.stream);

    assertThat(status).isEqualTo(1);
    assertThat(out.text()).contains("mints for this customer: 2");
    assertThat(out.lines()).last().isEqualTo("FAILED at step 8: ServerException: HTTP 500 on GET /locations:"
            + " Store service down");
    assertThat(out.text()).doesNotContain("Done:");
  }

  @Test
  void againstATenantItSkipsTheSandboxOnlyPartsAndSaysSo() {
    // A sandbox stands in for the tenant: the demo sees only a base URL, an admin token and a profile id.
    try (OmneoIdSandbox stand = OmneoIdSandbox.builder().demoData().start()) {
      String jane = stand.profiles().stream().filter(p -> "jane.citizen@example.com".equals(p.get("email")))
          .map(p -> (String) p.get("id")).findFirst().orElseThrow();
      Output first = new Output();
      Output second = new Output();

      int status = Demo.run(tenant(stand, jane), first.stream);
      int again = Demo.run(tenant(stand, jane), second.stream);

      assertThat(status).as(first.text()).isZero();
      assertThat(first.lines().get(0)).startsWith("Omneo ID demo against a stand-in tenant (from OMNEO_TENANT,");
      assertThat(first.text())
          .contains("by identity: skipped (set OMNEO_IDENTITY_HANDLE and OMNEO_IDENTIFIER to try it)")
          .contains("giving only the email omneo-id-java-demo@example.com")
          .contains("a real tenant's clock cannot be moved (sandbox only), so the demo drops the token with"
              + " id.reset()")
          .contains("mints for this customer: 2")
          .contains("seeding a connection: skipped on a real tenant (sandbox only)")
          .contains("the customer has no connections")
          .doesNotContain("FAILED");
      assertThat(first.lines().get(first.lines().size() - 1)).contains("the backend minted 4 tokens (2 in step 1");

      assertThat(again).as(second.text()).isZero();
      assertThat(second.text())
          .contains("the email matched profile")
          .contains("first name \"Alex\"")
          .contains("the wishlist exists already")
          .contains("the wishlist now holds 2 items");
    }
  }

  private static Demo.Tenant tenant(OmneoIdSandbox stand, String profileId) {
    OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(stand.baseUrl()).apiToken(stand.adminToken())
        .retryPolicy(RetryPolicy.none()).build();
    return new Demo.Tenant("a stand-in tenant", admin,
        () -> OmneoId.builder().baseUrl(stand.baseUrl()).retryPolicy(RetryPolicy.none()), profileId, null,
        Demo.TENANT_SIGNUP_EMAIL);
  }

  @Test
  void aTenantNeedsAllThreeVariables() {
    Output out = new Output();

    int status = Demo.run(Map.of("OMNEO_TENANT", "acme", "OMNEO_PROFILE_ID", " "), out.stream);

    assertThat(status).isEqualTo(1);
    assertThat(out.text().trim()).isEqualTo("Cannot start the demo: a real tenant needs all of OMNEO_TENANT,"
        + " OMNEO_API_TOKEN and OMNEO_PROFILE_ID (missing: OMNEO_API_TOKEN, OMNEO_PROFILE_ID); unset them all to"
        + " use the embedded sandbox");
  }

  @Test
  void allThreeVariablesPointTheDemoAtThatTenant() {
    try (Demo.Target target = Demo.Target.fromEnvironment(Map.of("OMNEO_TENANT", "acme", "OMNEO_API_TOKEN",
        "admin-token", "OMNEO_PROFILE_ID", "93770831-e18d-467c-b213-0087218ae9dd", "OMNEO_IDENTITY_HANDLE",
        "magento_id", "OMNEO_IDENTIFIER", "1004993MH"))) {
      assertThat(target).isInstanceOf(Demo.Tenant.class);
      assertThat(target.headline()).startsWith("Omneo ID demo against tenant acme (from OMNEO_TENANT,");
      assertThat(target.knownProfileId()).isEqualTo("93770831-e18d-467c-b213-0087218ae9dd");
      assertThat(target.identity()).get().satisfies(i -> assertThat(i).containsExactly("magento_id", "1004993MH"));
      assertThat(target.clock()).isEmpty();
      assertThat(target.customer().idToken(anonymousJwt()).build().toString())
          .contains("https://api.acme.getomneo.com/id/api/v1/");
    }
  }

  /** An unsigned token with the two claims the client reads; nothing is sent with it. */
  private static String anonymousJwt() {
    java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString("{\"pid\":\"null\",\"exp\":4102444800}".getBytes(StandardCharsets.UTF_8)) + ".sig";
  }
}
