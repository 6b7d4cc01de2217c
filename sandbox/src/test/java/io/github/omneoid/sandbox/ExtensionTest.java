package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

@OmneoIdSandboxTest(tokenLifetimeSeconds = 120, adminToken = "ext-admin", demoData = true)
class ExtensionTest {
  static OmneoIdSandbox fromBeforeAll;
  final OmneoIdSandbox fromConstructor;

  ExtensionTest(OmneoIdSandbox sandbox) {
    this.fromConstructor = sandbox;
  }

  @BeforeAll
  static void beforeAll(OmneoIdSandbox sandbox) {
    fromBeforeAll = sandbox;
  }

  @Test
  void oneSandboxPerClassInjectedEverywhere(OmneoIdSandbox sandbox) {
    assertThat(sandbox).isSameAs(fromConstructor).isSameAs(fromBeforeAll);
  }

  @Test
  void theAnnotationConfiguresIt(OmneoIdSandbox sandbox) {
    assertThat(sandbox.adminToken()).isEqualTo("ext-admin");
    assertThat(sandbox.tokenLifetime()).isEqualTo(Duration.ofSeconds(120));
    String token = Http.mint(sandbox, map("id", DemoData.DEMO_IDENTIFIER, "id_handle", DemoData.DEMO_HANDLE));
    Http.Resp me = Http.of(sandbox).as(token).get("/profiles/me");
    assertThat(me.get("data.email")).isEqualTo(DemoData.DEMO_EMAIL);
    assertThat(me.get("data.reward_balance")).isEqualTo("15.00");
    Http.Resp wishlist = Http.of(sandbox).as(token).get("/profiles/me/lists/wishlist/items");
    assertThat(wishlist.list("data")).hasSize(1);
  }

  @Test
  void theDemoConnectionIsUsable(OmneoIdSandbox sandbox) {
    Map<String, Object> jane = sandbox.profiles().get(0);
    Http me = Http.of(sandbox).as(sandbox.mintToken((String) jane.get("id")));
    Object cid = me.get("/profiles/me/connections").get("data.0.id");
    assertThat(me.get("/profiles/connection/" + cid).get("data.first_name")).isEqualTo("Sam");
  }

  @Nested
  class Inner {
    @Test
    void nestedClassesGetTheirOwnSandboxWithTheEnclosingConfig(OmneoIdSandbox sandbox) {
      assertThat(sandbox).isNotSameAs(fromConstructor);
      assertThat(sandbox.adminToken()).isEqualTo("ext-admin");
    }
  }

  @Test
  void theSandboxIsClosedAfterItsClass() {
    ExtensionSample.seen = null;
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(ExtensionSample.class)).execute()
        .testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    OmneoIdSandbox used = ExtensionSample.seen;
    assertThat(used).isNotNull();
    boolean refused;
    try (Socket s = new Socket("127.0.0.1", used.port())) {
      refused = false;
    } catch (IOException e) {
      refused = true;
    }
    assertThat(refused).as("port %s closed", used.port()).isTrue();
  }
}
