package io.github.omneoid.contract;

import static io.github.omneoid.contract.Contract.ADMIN_TOKEN;
import static io.github.omneoid.contract.Contract.ANONYMOUS_TOKEN;
import static io.github.omneoid.contract.Contract.BASE;
import static io.github.omneoid.contract.Contract.BEARER_ANY;
import static io.github.omneoid.contract.Contract.CONSUMER;
import static io.github.omneoid.contract.Contract.JWT;
import static io.github.omneoid.contract.Contract.PROFILE_ID;
import static io.github.omneoid.contract.Contract.PROVIDER;
import static io.github.omneoid.contract.Contract.TOKEN;
import static io.github.omneoid.contract.Contract.admin;
import static io.github.omneoid.contract.Contract.client;
import static io.github.omneoid.contract.Interactions.JSON_CONTENT_TYPE;
import static io.github.omneoid.contract.Interactions.authorized;
import static io.github.omneoid.contract.Interactions.data;
import static io.github.omneoid.contract.Interactions.error;
import static io.github.omneoid.contract.Interactions.json;
import static io.github.omneoid.contract.Interactions.ok;
import static io.github.omneoid.contract.Interactions.page;
import static io.github.omneoid.contract.Interactions.profile;
import static io.github.omneoid.contract.Interactions.request;
import static io.github.omneoid.contract.Interactions.requestFromState;
import static io.github.omneoid.contract.ProviderState.ADMIN_TOKEN_INVALID;
import static io.github.omneoid.contract.ProviderState.ANONYMOUS;
import static io.github.omneoid.contract.ProviderState.STORE_EXISTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.omneoid.client.AuthTokenRequest;
import io.github.omneoid.client.IdToken;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.errors.AnonymousTokenException;
import io.github.omneoid.client.errors.UnauthorizedException;
import io.github.omneoid.client.LocationsResource;
import io.github.omneoid.model.Location;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileUpsert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Minting (the admin client), the anonymous sign-up, and the store finder. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class AuthPactTest {

  /** {@code POST /auth/token} as the admin client sends it: the opaque admin token, a JSON body. */
  private static PactDslRequestWithPath mint(PactDslWithState state, String description, String adminToken) {
    PactDslJsonBody body = new PactDslJsonBody().stringValue("id", PROFILE_ID);
    return state.uponReceiving(description).method("POST").path(BASE + "/auth/token")
        .matchHeader("Authorization", BEARER_ANY, "Bearer " + adminToken)
        .headers("Accept", "application/json")
        .body(body)
        .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json; charset=UTF-8");
  }

  @Pact(consumer = CONSUMER)
  V4Pact requestAuthToken(PactDslWithProvider builder) {
    return ok(mint(profile(builder), "a request to mint an ID token for a profile", ADMIN_TOKEN),
        data(o -> {
          o.stringMatcher("token", JWT, TOKEN);
          o.integerType("exp", 1767229200);
        }));
  }

  @Test
  @PactTestFor(pactMethod = "requestAuthToken")
  void requestAuthToken(MockServer server) {
    IdToken token = admin(server, ADMIN_TOKEN).auth().requestAuthToken(AuthTokenRequest.forProfile(PROFILE_ID));
    assertThat(token.profileId()).contains(PROFILE_ID);
  }

  @Pact(consumer = CONSUMER)
  V4Pact requestAuthTokenWithBadAdminToken(PactDslWithProvider builder) {
    return error(mint(ADMIN_TOKEN_INVALID.given(profile(builder)),
        "a request to mint an ID token with an admin token the API does not accept", "not-a-valid-admin-token"), 401)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "requestAuthTokenWithBadAdminToken")
  void requestAuthTokenWithBadAdminToken(MockServer server) {
    assertThatThrownBy(() -> admin(server, "not-a-valid-admin-token").auth()
        .requestAuthToken(AuthTokenRequest.forProfile(PROFILE_ID)))
        .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.path()).isEqualTo("/auth/token");
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact upsertProfile(PactDslWithProvider builder) {
    return ok(json(authorized(ANONYMOUS.given(builder).uponReceiving("an anonymous sign-up of a new customer")
                .method("POST").path(BASE + "/profiles"), ANONYMOUS_TOKEN),
            body -> body.stringValue("email", "new.customer@example.com").stringValue("first_name", "Ada")
                .stringValue("last_name", "Lovelace")),
        data(o -> {
          o.stringType("id", "0f4c2b8e-9d3a-4e1f-8b7c-6a5d4e3f2a1b");
          o.stringValue("email", "new.customer@example.com");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "upsertProfile")
  void upsertProfile(MockServer server) {
    Profile created = client(server, ANONYMOUS_TOKEN).profiles().upsert(new ProfileUpsert()
        .email("new.customer@example.com").firstName("Ada").lastName("Lovelace"));
    assertThat(created.getEmail()).isEqualTo("new.customer@example.com");
  }

  /**
   * The server answers an anonymous token on {@code /profiles/me} with 404, but this client never sends that
   * request: it refuses before sending. Against the same mock server (which fails the test on any request it does
   * not expect), the refusal is proven to send nothing, while the sign-up the token is for still goes through.
   */
  @Test
  @PactTestFor(pactMethod = "upsertProfile")
  void anonymousTokenNeverReachesTheProfileTree(MockServer server) {
    OmneoId anonymous = client(server, ANONYMOUS_TOKEN);
    assertThatThrownBy(() -> anonymous.profile().get()).isInstanceOf(AnonymousTokenException.class);
    assertThatThrownBy(() -> anonymous.call("GET", "/profiles/me")).isInstanceOf(AnonymousTokenException.class);
    anonymous.profiles().upsert(new ProfileUpsert().email("new.customer@example.com").firstName("Ada")
        .lastName("Lovelace"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact listLocations(PactDslWithProvider builder) {
    return ok(request(STORE_EXISTS.given(profile(builder), "name", "Melbourne Central"),
            "a request for the open stores", "GET", "/locations")
            .query("filter[is_published]=1&filter[is_permanently_closed]=0"),
        page(Shapes.LOCATION));
  }

  @Test
  @PactTestFor(pactMethod = "listLocations")
  void listLocations(MockServer server) {
    assertThat(client(server).locations().list(LocationsResource.OPEN_STORES).items())
        .extracting(Location::getIsPublished).containsOnly(true);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getLocation(PactDslWithProvider builder) {
    return ok(requestFromState(STORE_EXISTS.given(profile(builder), "name", "Melbourne Central"),
            "a request for one store", "GET", "/locations/${locationId}", "/locations/1"),
        data(Shapes.LOCATION));
  }

  @Test
  @PactTestFor(pactMethod = "getLocation")
  void getLocation(MockServer server) {
    assertThat(client(server).locations().get(1, Query.of()).getName()).isEqualTo("Melbourne Central");
  }
}
