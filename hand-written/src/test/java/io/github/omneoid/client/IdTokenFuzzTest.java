package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.omneoid.client.errors.MalformedTokenException;

/**
 * Fuzzes {@link IdToken#parse(String)}, the one place the client reads text it did not produce itself (a token from
 * an app's backend, from {@code POST /auth/token}, from a token source).
 *
 * <p>Properties: it returns a token or throws {@link MalformedTokenException} — never another exception; a parsed
 * token's {@code toString()} never contains its {@code value()}.
 *
 * <p>Input: an input starting with <code>{</code> is taken as the claims JSON and wrapped into a JWT (so the fuzzer
 * works on the claims, not on base64); any other input is parsed as the token text itself. Seeds live in
 * {@code src/test/resources/io/github/omneoid/client/IdTokenFuzzTestInputs/parse/}. {@code mvn test} replays them
 * (regression mode); {@code JAZZER_FUZZ=1} fuzzes (docs/gates.md).
 */
class IdTokenFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parse(FuzzedDataProvider data) {
    String input = data.consumeRemainingAsString();
    String jwt = input.startsWith("{")
        ? TestTokens.encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + TestTokens.encode(input) + ".c2ln"
        : input;

    IdToken token;
    try {
      token = IdToken.parse(jwt);
    } catch (MalformedTokenException expected) {
      assertThat(expected.getMessage()).isNotNull();
      return;
    }

    assertThat(token.value()).isEqualTo(jwt.trim());
    assertThat(token.expiresAt()).isNotNull();
    assertThat(token.isAnonymous()).isEqualTo(!token.profileId().isPresent());
    assertThat(token.toString()).doesNotContain(token.value());
    token.isExpiredAt(token.expiresAt());
    token.issuedAt();
  }
}
