package io.github.omneoid.contract;

import static io.github.omneoid.contract.Contract.BASE;
import static io.github.omneoid.contract.Contract.CONSUMER;
import static io.github.omneoid.contract.Contract.EXPIRED_TOKEN;
import static io.github.omneoid.contract.Contract.NOW;
import static io.github.omneoid.contract.Contract.PROFILE_ID;
import static io.github.omneoid.contract.Contract.PROVIDER;
import static io.github.omneoid.contract.Contract.REMINTED_TOKEN;
import static io.github.omneoid.contract.Contract.client;
import static io.github.omneoid.contract.Interactions.data;
import static io.github.omneoid.contract.Interactions.error;
import static io.github.omneoid.contract.Interactions.json;
import static io.github.omneoid.contract.Interactions.ok;
import static io.github.omneoid.contract.Interactions.profile;
import static io.github.omneoid.contract.Interactions.profileWith;
import static io.github.omneoid.contract.Interactions.request;
import static io.github.omneoid.contract.ProviderState.MOBILE_TAKEN;
import static io.github.omneoid.contract.ProviderState.TOKEN_EXPIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.omneoid.client.IdToken;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.RetryPolicy;
import io.github.omneoid.client.UpdateOptions;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.client.errors.UnauthorizedException;
import io.github.omneoid.client.errors.ValidationException;
import io.github.omneoid.model.AddressInput;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server answers when something is wrong, each with the typed exception the client turns it into: an
 * expired token (401, and the single re-mint where the client has a token source), validation (422 with its
 * {@code errors} map, including the mobile-phone case and the retry as {@code secondary_phone}), a missing
 * sub-resource (404). The bad admin token on {@code POST /auth/token} is in {@link AuthPactTest}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class FailurePactTest {

  private static final String TAKEN_MOBILE = "+61400000001";

  /**
   * A request with one particular token. Unlike every other interaction, the header is matched exactly: these
   * interactions are about which token is sent (the rejected one, then the re-minted one), and the two requests are
   * otherwise identical. The tokens are the unsigned examples of {@link Contract}, never real ones.
   */
  private static PactDslRequestWithPath withToken(PactDslWithState state, String description, String token) {
    return state.uponReceiving(description).method("GET").path(BASE + "/profiles/me")
        .headers("Authorization", "Bearer " + token, "Accept", "application/json");
  }

  private static PactDslWithState mobileTaken(PactDslWithProvider builder) {
    return profileWith(builder, MOBILE_TAKEN, "mobilePhone", TAKEN_MOBILE);
  }

  // ------------------------------------------------------------------------------------------------ 401

  @Pact(consumer = CONSUMER)
  V4Pact expiredToken(PactDslWithProvider builder) {
    return error(withToken(TOKEN_EXPIRED.given(profile(builder)), "a request for the profile with an expired token",
        EXPIRED_TOKEN), 401).toPact(V4Pact.class);
  }

  @Pact(consumer = CONSUMER)
  V4Pact remintedToken(PactDslWithProvider builder) {
    return ok(withToken(profile(builder), "a request for the profile with a re-minted token", REMINTED_TOKEN),
        data(Shapes.PROFILE));
  }

  @Pact(consumer = CONSUMER)
  V4Pact remintedTokenRejected(PactDslWithProvider builder) {
    return error(withToken(TOKEN_EXPIRED.given(profile(builder)),
        "a request for the profile with a re-minted token that is rejected as well", REMINTED_TOKEN), 401)
        .toPact(V4Pact.class);
  }

  /** Without a source: the token is past exp by less than the skew tolerance, so it is sent and the 401 thrown. */
  @Test
  @PactTestFor(pactMethod = "expiredToken")
  void expiredTokenWithoutSourceIsUnauthorized(MockServer server) {
    assertThatThrownBy(() -> client(server, EXPIRED_TOKEN).profile().get())
        .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.path()).isEqualTo("/profiles/me");
          assertThat(e.getMessage()).doesNotContain(EXPIRED_TOKEN);
        });
  }

  /** With a source: the 401 drops the token, one new token is fetched, the request is sent once more. */
  @Test
  @PactTestFor(pactMethods = {"expiredToken", "remintedToken"})
  void expiredTokenIsReMintedOnceAndRetried(MockServer server) {
    Recorder recorder = new Recorder();
    Profile me = recorder.client(server).profile().get();
    assertThat(me.getId()).isEqualTo(PROFILE_ID);
    assertThat(recorder.mints).hasValue(1);
    assertThat(recorder.tokensSent).containsExactly(EXPIRED_TOKEN, REMINTED_TOKEN);
  }

  /** Never twice: when the re-minted token is rejected too, the 401 is thrown after exactly one retry. */
  @Test
  @PactTestFor(pactMethods = {"expiredToken", "remintedTokenRejected"})
  void rejectedReMintIsNotRetriedAgain(MockServer server) {
    Recorder recorder = new Recorder();
    assertThatThrownBy(() -> recorder.client(server).profile().get()).isInstanceOf(UnauthorizedException.class);
    assertThat(recorder.mints).hasValue(1);
    assertThat(recorder.tokensSent).containsExactly(EXPIRED_TOKEN, REMINTED_TOKEN);
  }

  /** Counts the source's mints and records the token on every request that reaches the network. */
  private static final class Recorder {
    final AtomicInteger mints = new AtomicInteger();
    final List<String> tokensSent = new ArrayList<>();

    OmneoId client(MockServer server) {
      // The client's clock is an hour early, so it takes the first token for fresh; the server says it expired.
      Clock early = Clock.fixed(NOW.minus(Duration.ofHours(1)), ZoneOffset.UTC);
      OkHttpClient recording = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
        synchronized (tokensSent) {
          tokensSent.add(chain.request().header("Authorization").substring("Bearer ".length()));
        }
        return chain.proceed(chain.request());
      }).build();
      return OmneoId.builder().baseUrl(Contract.baseUrl(server)).idToken(EXPIRED_TOKEN)
          .tokenSource(() -> {
            mints.incrementAndGet();
            return IdToken.parse(REMINTED_TOKEN);
          })
          .clock(early).okHttpClient(recording).retryPolicy(RetryPolicy.none()).build();
    }
  }

  // ------------------------------------------------------------------------------------------------ 422

  @Pact(consumer = CONSUMER)
  V4Pact mobilePhoneTaken(PactDslWithProvider builder) {
    return json(request(mobileTaken(builder), "an update of the mobile phone to one another profile has", "PUT",
        "/profiles/me"), body -> body.stringValue("mobile_phone", TAKEN_MOBILE))
        .willRespondWith().status(422)
        .body(LambdaDsl.newJsonBody(o -> {
          o.stringType("message", "The given data was invalid.");
          // The exact text matters: the client's retry to secondary_phone keys on it, as the official SDK's
          // does (omneo-sdk src/id/resources/profile/index.ts).
          o.object("errors", errors -> errors.array("mobile_phone", a -> a.stringValue("The phone number exists")));
        }).build())
        .toPact(V4Pact.class);
  }

  @Pact(consumer = CONSUMER)
  V4Pact secondaryPhoneRetry(PactDslWithProvider builder) {
    return ok(json(request(mobileTaken(builder), "an update of the secondary phone to that number", "PUT",
            "/profiles/me"), body -> body.stringValue("secondary_phone", TAKEN_MOBILE)),
        data(o -> {
          Shapes.PROFILE.accept(o);
          o.stringValue("secondary_phone", TAKEN_MOBILE);
        }));
  }

  @Test
  @PactTestFor(pactMethod = "mobilePhoneTaken")
  void mobilePhoneTakenIsAValidationError(MockServer server) {
    assertThatThrownBy(() -> client(server).profile().update(new ProfileUpdate().mobilePhone(TAKEN_MOBILE)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.hasError("mobile_phone", "The phone number exists")).isTrue();
        });
  }

  @Test
  @PactTestFor(pactMethods = {"mobilePhoneTaken", "secondaryPhoneRetry"})
  void mobilePhoneTakenIsRetriedAsSecondaryPhone(MockServer server) {
    Profile me = client(server).profile().update(new ProfileUpdate().mobilePhone(TAKEN_MOBILE),
        UpdateOptions.retryMobileSecondary());
    assertThat(me.getSecondaryPhone()).isEqualTo(TAKEN_MOBILE);
  }

  @Pact(consumer = CONSUMER)
  V4Pact addressWithoutPostcode(PactDslWithProvider builder) {
    return json(request(profile(builder), "a new address without a postcode", "POST", "/profiles/me/addresses"),
        body -> body.stringValue("address_line_1", "211 La Trobe St").stringValue("city", "Melbourne")
            .stringValue("state", "VIC").stringValue("country", "Australia"))
        .willRespondWith().status(422)
        .body(LambdaDsl.newJsonBody(o -> {
          o.stringType("message", "The given data was invalid.");
          o.object("errors", errors -> errors.minArrayLike("postcode", 1,
              PactDslJsonRootValue.stringType("The postcode field is required."), 1));
        }).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "addressWithoutPostcode")
  void addressWithoutPostcodeIsAValidationError(MockServer server) {
    assertThatThrownBy(() -> client(server).profile().addresses().create(new AddressInput()
        .addressLine1("211 La Trobe St").city("Melbourne").state("VIC").country("Australia")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsKey("postcode"));
  }

  // ------------------------------------------------------------------------------------------------ 404

  @Pact(consumer = CONSUMER)
  V4Pact missingAddress(PactDslWithProvider builder) {
    return error(request(profile(builder), "a request for an address the profile does not have", "GET",
        "/profiles/me/addresses/999999"), 404).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "missingAddress")
  void missingAddressIsNotFound(MockServer server) {
    assertThatThrownBy(() -> client(server).profile().addresses().get(999999))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.path()).isEqualTo("/profiles/me/addresses/999999");
        });
  }

  /**
   * find-transactions answers 404 when nothing matches (omneo-sdk src/id/resources/profile/transactions/index.ts);
   * the client makes that an empty Optional.
   */
  @Pact(consumer = CONSUMER)
  V4Pact missingTransaction(PactDslWithProvider builder) {
    return error(request(profile(builder), "a search for a transaction that does not exist", "GET",
        "/profiles/me/find-transactions").query("filter[external_id]=T-0000"), 404).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "missingTransaction")
  void missingTransactionIsEmpty(MockServer server) {
    assertThat(client(server).profile().transactions().find(Query.of().filter("external_id", "T-0000"))).isEmpty();
  }
}
