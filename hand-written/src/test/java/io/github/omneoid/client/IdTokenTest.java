package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.errors.MalformedTokenException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdTokenTest {

  private static final Instant IAT = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant EXP = IAT.plusSeconds(3600);
  private static final String PROFILE = "93770831-e18d-467c-b213-0087218ae9dd";

  @Test
  void readsProfileAndExpiryFromTheTokenItself() {
    String jwt = TestTokens.profileJwt(PROFILE, IAT, EXP);
    IdToken token = IdToken.parse(jwt);

    assertThat(token.value()).isEqualTo(jwt);
    assertThat(token.profileId()).contains(PROFILE);
    assertThat(token.isAnonymous()).isFalse();
    assertThat(token.expiresAt()).isEqualTo(EXP);
    assertThat(token.issuedAt()).contains(IAT);
  }

  @Test
  void anonymousTokensCarryTheStringNullAsPid() {
    IdToken token = IdToken.parse(TestTokens.anonymousJwt(IAT, EXP));
    assertThat(token.isAnonymous()).isTrue();
    assertThat(token.profileId()).isEmpty();

    assertThat(IdToken.parse(TestTokens.jwt("null", IAT, EXP)).isAnonymous()).as("JSON null too").isTrue();
  }

  @Test
  void expiredAtAndAfterExpNotBefore() {
    IdToken token = IdToken.parse(TestTokens.profileJwt(PROFILE, IAT, EXP));
    assertThat(token.isExpiredAt(EXP.minusSeconds(1))).isFalse();
    assertThat(token.isExpiredAt(EXP)).as("at exp itself (the JS SDK is off by one here)").isTrue();
    assertThat(token.isExpiredAt(EXP.plusSeconds(1))).isTrue();
  }

  @Test
  void toleratesStandardBase64AndPadding() {
    String payload = java.util.Base64.getEncoder().encodeToString(
        ("{\"pid\":\"" + PROFILE + "\",\"exp\":" + EXP.getEpochSecond() + ",\"x\":\"??>>\"}").getBytes());
    IdToken token = IdToken.parse("eyJhbGciOiJIUzI1NiJ9." + payload + ".sig");
    assertThat(token.profileId()).contains(PROFILE);
  }

  @Test
  void neverShowsTheTokenInToString() {
    String jwt = TestTokens.profileJwt(PROFILE, IAT, EXP);
    IdToken token = IdToken.parse(jwt);
    assertThat(token.toString()).doesNotContain(jwt).doesNotContain(jwt.split("\\.")[1]).contains(PROFILE)
        .contains("***");
  }

  @Test
  void malformedTokensFailAtParseTimeNamingTheProblem() {
    assertThatThrownBy(() -> IdToken.parse(null)).isInstanceOf(MalformedTokenException.class)
        .hasMessageContaining("null or blank");
    assertThatThrownBy(() -> IdToken.parse("  ")).isInstanceOf(MalformedTokenException.class);
    assertThatThrownBy(() -> IdToken.parse("abc.def")).isInstanceOf(MalformedTokenException.class)
        .hasMessageContaining("3 dot-separated segments, found 2");
    assertThatThrownBy(() -> IdToken.parse("a.@@@.c")).isInstanceOf(MalformedTokenException.class)
        .hasMessageContaining("not base64url");
    assertThatThrownBy(() -> IdToken.parse("a." + TestTokens.encode("[1,2]") + ".c"))
        .isInstanceOf(MalformedTokenException.class).hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> IdToken.parse("a." + TestTokens.encode("{\"pid\":\"p\"}") + ".c"))
        .isInstanceOf(MalformedTokenException.class).hasMessageContaining("'exp'");
  }

  @Test
  void timesBeyondWhatAnInstantHoldsAreMalformedNotACrash() {
    // Found by fuzzing: Instant.ofEpochSecond threw DateTimeException here.
    assertThatThrownBy(() -> IdToken.parse("a." + TestTokens.encode("{\"pid\":\"null\",\"exp\":1e60}") + ".c"))
        .isInstanceOf(MalformedTokenException.class).hasMessageContaining("'exp' is not a time");
    assertThatThrownBy(() -> IdToken.parse("a." + TestTokens.encode("{\"pid\":42,\"iat\":107672256E9,\"exp\":1.7}")
        + ".c")).isInstanceOf(MalformedTokenException.class).hasMessageContaining("'iat' is not a time");
  }

  @Test
  void anAdminStyleJwtWithoutPidIsRefusedWithAHint() {
    String adminLike = "a." + TestTokens.encode("{\"sub\":\"1\",\"exp\":" + EXP.getEpochSecond() + "}") + ".c";
    assertThatThrownBy(() -> IdToken.parse(adminLike)).isInstanceOf(MalformedTokenException.class)
        .hasMessageContaining("no 'pid' claim").hasMessageContaining("OmneoIdAdmin")
        .hasMessageNotContaining(adminLike);
  }

  @Test
  void equalByValue() {
    String jwt = TestTokens.profileJwt(PROFILE, IAT, EXP);
    assertThat(IdToken.parse(jwt)).isEqualTo(IdToken.parse(jwt)).hasSameHashCodeAs(IdToken.parse(jwt));
    assertThat(IdToken.parse(jwt)).isNotEqualTo(IdToken.parse(TestTokens.profileJwt(PROFILE, IAT, EXP.plusSeconds(1))));
  }
}
