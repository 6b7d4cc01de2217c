package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SandboxServerTest {
  @Test
  void printsABaseUrlAdminTokenAndAWorkingIdToken() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    OmneoIdSandbox sandbox = SandboxServer.run(new String[] {"--port", "0", "--token-lifetime", "600"},
        new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      String out = buf.toString(StandardCharsets.UTF_8);
      Matcher base = Pattern.compile("Base URL: +(\\S+)").matcher(out);
      Matcher admin = Pattern.compile("Admin token: +(\\S+)").matcher(out);
      Matcher token = Pattern.compile("ID token: +(\\S+)").matcher(out);
      assertThat(base.find() && admin.find() && token.find()).as(out).isTrue();
      assertThat(base.group(1)).isEqualTo(sandbox.baseUrl()).endsWith("/id/api/v1");
      assertThat(admin.group(1)).isEqualTo("sandbox-admin-token");
      Http.Resp me = new Http(base.group(1), token.group(1)).get("/profiles/me");
      assertThat(me.status).isEqualTo(200);
      assertThat(me.get("data.email")).isEqualTo(DemoData.DEMO_EMAIL);
      Http.Resp minted = new Http(base.group(1), admin.group(1)).post("/auth/token",
          map("id", DemoData.DEMO_IDENTIFIER, "id_handle", DemoData.DEMO_HANDLE));
      assertThat(minted.status).isEqualTo(200);
      assertThat(out).contains("curl -H 'Authorization: Bearer " + token.group(1) + "' " + sandbox.baseUrl()
          + "/profiles/me");
    } finally {
      sandbox.close();
    }
  }

  @Test
  void helpAndBadOptions() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    assertThat(SandboxServer.run(new String[] {"--help"}, new PrintStream(buf))).isNull();
    assertThat(buf.toString()).contains("--port");
    assertThatThrownBy(() -> SandboxServer.run(new String[] {"--port"}, System.out))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SandboxServer.run(new String[] {"--port", "x"}, System.out))
        .hasMessageContaining("Not a number");
    assertThatThrownBy(() -> SandboxServer.run(new String[] {"--colour", "red"}, System.out))
        .hasMessageContaining("Unknown option");
  }
}
