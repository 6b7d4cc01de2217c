package io.github.omneoid.contract;

import static io.github.omneoid.contract.Contract.BASE;
import static io.github.omneoid.contract.Contract.BEARER_JWT;
import static io.github.omneoid.contract.Contract.PROFILE_ID;
import static io.github.omneoid.contract.Contract.TIMESTAMP;
import static io.github.omneoid.contract.Contract.TIMESTAMP_EXAMPLE;
import static io.github.omneoid.contract.Contract.TOKEN;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.core.model.V4Pact;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The building blocks of the interactions: provider states with their params, requests as the client sends them,
 * and the spec's envelopes ({@code {data: X}}, {@code {data: [X]}}, pages) with type and regex matchers.
 */
final class Interactions {

  // ---------------------------------------------------------------------------------------- provider states
  // Each name is handled by one @State method of SandboxProviderIT; keep the two in step.

  static final String PROFILE_EXISTS = "a profile exists";
  static final String ANONYMOUS = "the caller holds an anonymous token";
  static final String TOKEN_EXPIRED = "the profile's ID tokens have expired";
  static final String ADMIN_TOKEN_INVALID = "the admin API token is not valid";
  static final String MOBILE_TAKEN = "another profile has the mobile phone";
  static final String HAS_ADDRESS = "the profile has an address";
  static final String HAS_IDENTITY = "the profile has an identity";
  static final String HAS_REGION = "the profile has a region";
  static final String HAS_LIST = "the profile has a list";
  static final String LIST_HAS_ITEM = "the profile has a list with an item";
  static final String HAS_CUSTOM_ATTRIBUTE = "the profile has a custom attribute";
  static final String HAS_DATE = "the profile has a date";
  static final String HAS_POINTS = "the profile has points";
  static final String HAS_REWARD = "the profile has a reward";
  static final String HAS_BENEFIT = "the profile has a benefit";
  static final String HAS_TRANSACTION = "the profile has a transaction";
  static final String HAS_CLAIM = "the profile has a transaction claim";
  static final String HAS_INTERACTION = "the profile has an interaction";
  static final String HAS_LEDGER = "the profile has a ledger entry";
  static final String HAS_RECORD = "the profile has a record";
  static final String HAS_REDEMPTION = "the profile has a redemption";
  static final String HAS_CONNECTION = "the profile is connected to another profile";
  static final String STORE_EXISTS = "a store exists";

  private Interactions() {
  }

  static Map<String, Object> params(Object... keyValues) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put((String) keyValues[i], keyValues[i + 1]);
    }
    return params;
  }

  /** The profile bound to {@link Contract#TOKEN} exists. */
  static PactDslWithState profile(PactDslWithProvider builder) {
    return builder.given(PROFILE_EXISTS, params("profileId", PROFILE_ID));
  }

  /** The bound profile exists and has whatever the second state says. */
  static PactDslWithState profileWith(PactDslWithProvider builder, String state, Object... keyValues) {
    return profile(builder).given(state, params(keyValues));
  }

  // ---------------------------------------------------------------------------------------- requests

  /** A request as the customer client sends it: its ID token (by regex) and {@code Accept: application/json}. */
  static PactDslRequestWithPath request(PactDslWithState state, String description, String method, String path) {
    return authorized(state.uponReceiving(description).method(method).path(BASE + path), TOKEN);
  }

  /**
   * As {@link #request}, with ids in the path that the provider state creates: {@code expression} names them
   * (e.g. {@code /profiles/me/addresses/${addressId}}) and the verifier fills them in from the state's answer.
   */
  static PactDslRequestWithPath requestFromState(PactDslWithState state, String description, String method,
      String expression, String example) {
    return authorized(state.uponReceiving(description).method(method)
        .pathFromProviderState(BASE + expression, BASE + example), TOKEN);
  }

  static PactDslRequestWithPath authorized(PactDslRequestWithPath request, String token) {
    return request.matchHeader("Authorization", BEARER_JWT, "Bearer " + token)
        .headers("Accept", "application/json");
  }

  /** A JSON request body, compared exactly: the client must send these fields and no others. */
  /** The client's JSON bodies are UTF-8; the charset parameter is optional. */
  static final String JSON_CONTENT_TYPE = "application/json(; ?charset=(UTF|utf)-8)?";

  static PactDslRequestWithPath json(PactDslRequestWithPath request, Consumer<PactDslJsonBody> fields) {
    PactDslJsonBody body = new PactDslJsonBody();
    fields.accept(body);
    return request.body(body).matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json; charset=UTF-8");
  }

  // ---------------------------------------------------------------------------------------- responses

  static V4Pact ok(PactDslRequestWithPath request, DslPart body) {
    return request.willRespondWith().status(200).body(body).toPact(V4Pact.class);
  }

  /** A delete: 204, no body (the spec allows 200 with an envelope too; the sandbox and the seeds answer 204). */
  static V4Pact noContent(PactDslRequestWithPath request) {
    return request.willRespondWith().status(204).toPact(V4Pact.class);
  }

  static PactDslResponse error(PactDslRequestWithPath request, int status) {
    return request.willRespondWith().status(status).body(message());
  }

  /** {@code {"message": "..."}}: every error body. */
  static DslPart message() {
    return LambdaDsl.newJsonBody(o -> o.stringType("message", "Not found.")).build();
  }

  /** {@code {"data": {...}}}. */
  static DslPart data(Consumer<LambdaDslObject> fields) {
    return LambdaDsl.newJsonBody(o -> o.object("data", fields)).build();
  }

  /** {@code {"data": [{...}, ...]}} with at least one entry, each like the example. */
  static DslPart dataList(Consumer<LambdaDslObject> item) {
    return LambdaDsl.newJsonBody(o -> o.minArrayLike("data", 1, item)).build();
  }

  /** The paginated envelope: {@code data}, {@code links}, {@code meta} (spec: *Page). */
  static DslPart page(Consumer<LambdaDslObject> item) {
    return LambdaDsl.newJsonBody(o -> {
      o.minArrayLike("data", 1, item);
      o.object("links", links -> {
        links.stringType("first", "https://api.acme.getomneo.com/id/api/v1/list?page[number]=1");
        links.stringType("last", "https://api.acme.getomneo.com/id/api/v1/list?page[number]=1");
      });
      o.object("meta", meta -> {
        meta.integerType("current_page", 1);
        meta.integerType("last_page", 1);
        meta.integerType("per_page", 15);
        meta.integerType("total", 1);
      });
    }).build();
  }

  static void timestamps(LambdaDslObject o) {
    o.stringMatcher("created_at", TIMESTAMP, TIMESTAMP_EXAMPLE);
    o.stringMatcher("updated_at", TIMESTAMP, TIMESTAMP_EXAMPLE);
  }
}
