package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.dec;
import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-process Java API of {@link OmneoIdSandbox}. */
class SandboxApiTest {
  @Test
  void startsOnLoopbackWithABaseUrlWithoutTrailingSlash() {
    try (OmneoIdSandbox s = OmneoIdSandbox.start()) {
      assertThat(s.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/id/api/v1").endsWith("/id/api/v1");
      assertThat(s.port()).isPositive();
      assertThat(s.adminToken()).startsWith("sandbox-admin-").hasSizeGreaterThan(30);
      assertThat(s.routeCount()).isEqualTo(SpecOperations.routeCount(SpecOperations.bundled()));
      assertThat(s.toString()).contains(s.baseUrl());
    }
  }

  @Test
  void builderOptions() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try (OmneoIdSandbox s = OmneoIdSandbox.builder().port(port).adminToken("fixed")
        .seed(x -> x.seedProfile(map("email", "seeded@example.com")))
        .seed(java.util.Collections.singletonList(map("email", "listed@example.com"))).start()) {
      assertThat(s.port()).isEqualTo(port);
      assertThat(s.adminToken()).isEqualTo("fixed");
      assertThat(s.profiles()).extracting(p -> p.get("email"))
          .containsExactly("seeded@example.com", "listed@example.com");
    }
    assertThatThrownBy(() -> OmneoIdSandbox.builder().adminToken(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OmneoIdSandbox.builder().tokenLifetime(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OmneoIdSandbox.builder().seed(x -> x.seedProfile(map("email", "bad"))).start())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void seedProfileReturnsAnImmutableViewWithItsId() {
    try (OmneoIdSandbox s = OmneoIdSandbox.start()) {
      Map<String, Object> p = s.seedProfile(ProfileSeed.withEmail("a@example.com").firstName("A").lastName("B")
          .mobilePhone("+61400000099").identity("crm", "C1").field("gender", "female"));
      assertThat(p.get("id")).asString().matches("[0-9a-f-]{36}");
      assertThat(p).containsEntry("first_name", "A").containsEntry("gender", "female")
          .containsEntry("mobile_phone", "+61400000099");
      assertThatThrownBy(() -> p.put("first_name", "Z")).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> ((List<Object>) p.get("identities")).clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(s.profile((String) p.get("id")).get().get("first_name")).isEqualTo("A");
      Map<String, Object> defaults = s.seedProfile(map("email", "d@example.com"));
      assertThat(defaults).containsEntry("first_name", "unknown").containsEntry("last_name", "unknown");
      assertThat(s.seedProfile().get("email")).asString().endsWith("@example.com");
      Map<String, Object> fixed = s.seedProfile(map("id", "11111111-2222-3333-4444-555555555555",
          "email", "f@example.com", "loyalty_number", "L-9"));
      assertThat(fixed).containsEntry("id", "11111111-2222-3333-4444-555555555555")
          .containsEntry("loyalty_number", "L-9");
    }
  }

  @Test
  void seedingRefusesWhatTheApiWouldRefuse() {
    try (OmneoIdSandbox s = OmneoIdSandbox.start()) {
      s.seedProfile(ProfileSeed.withEmail("taken@example.com").mobilePhone("+61400000001").identity("crm", "X"));
      assertThatThrownBy(() -> s.seedProfile(map("email", "TAKEN@example.com")))
          .hasMessageContaining("The email has already been taken.");
      assertThatThrownBy(() -> s.seedProfile(map("email", "b@example.com", "mobile_phone", "+61400000001")))
          .hasMessageContaining("The phone number exists");
      assertThatThrownBy(() -> s.seedProfile(ProfileSeed.withEmail("c@example.com").identity("crm", "X")))
          .hasMessageContaining("The identifier has already been taken.");
      assertThatThrownBy(() -> s.seedProfile(map("email", "not-an-email")))
          .isInstanceOf(IllegalArgumentException.class);
      String id = (String) s.profiles().get(0).get("id");
      assertThatThrownBy(() -> s.seedRecord(id, "widgets", map())).hasMessageContaining("Unknown collection");
      assertThatThrownBy(() -> s.seedRecord("nope", "rewards", map())).hasMessageContaining("No profile");
      assertThatThrownBy(() -> s.seedRecord(id, "regions", map("region_id", 42))).hasMessageContaining("region_id");
      assertThatThrownBy(() -> s.seedConnection(id, "nope")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void seedRecordIsVisibleThroughTheApi() {
    try (OmneoIdSandbox s = OmneoIdSandbox.start()) {
      String id = (String) s.seedProfile().get("id");
      Map<String, Object> tx = s.seedRecord(id, "transactions", map("total", 42.5, "external_id", "E-42"));
      assertThat(tx.get("id")).isInstanceOf(Long.class);
      assertThat(tx.get("profile_id")).isEqualTo(id);
      Http me = Http.of(s).as(s.mintToken(id));
      assertThat(me.get("/profiles/me/transactions/" + tx.get("id")).get("data.total")).isEqualTo("42.50");
      s.seedRecord(id, "custom_attributes", map("namespace", "n", "handle", "h", "type", "boolean", "value", "true"));
      assertThat(me.get("/profiles/me/attributes/custom/n:h").get("data.value")).isEqualTo(true);
      s.seedRecord(id, "regions", map("region_id", 2, "country", "NZ"));
      assertThat(me.get("/profiles/me/regions").get("data.0.handle")).isEqualTo("new-zealand");
    }
  }

  @Test
  void resetClearsProfilesConnectionsAndFaults() {
    try (OmneoIdSandbox s = OmneoIdSandbox.start()) {
      String a = (String) s.seedProfile().get("id");
      String b = (String) s.seedProfile().get("id");
      s.seedConnection(a, b);
      s.faults().add(Fault.on("*", "/**").status(500));
      s.reset();
      assertThat(s.profiles()).isEmpty();
      assertThat(s.faults().list()).isEmpty();
      String id = (String) s.seedProfile().get("id");
      assertThat(Http.of(s).as(s.mintToken(id)).get("/locations").get("meta.total")).isEqualTo(4L);
    }
  }

  @Test
  void closeIsIdempotentAndStopsServing() throws Exception {
    OmneoIdSandbox s = OmneoIdSandbox.start();
    int port = s.port();
    s.close();
    s.close();
    boolean refused;
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      refused = false;
    } catch (java.io.IOException e) {
      refused = true;
    }
    assertThat(refused).isTrue();
  }
}
