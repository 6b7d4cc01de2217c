package io.github.omneoid.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Not run by surefire (name); executed through the JUnit test kit by {@link ExtensionTest}. */
@ExtendWith(OmneoIdSandboxExtension.class)
class ExtensionSample {
  static volatile OmneoIdSandbox seen;

  @Test
  void usesTheSandbox(OmneoIdSandbox sandbox) {
    seen = sandbox;
    String profileId = (String) sandbox.seedProfile().get("id");
    assertThat(Http.of(sandbox).as(sandbox.mintToken(profileId)).get("/locations").status).isEqualTo(200);
  }
}
