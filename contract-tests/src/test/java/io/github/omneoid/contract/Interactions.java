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
import java.util.function.Consumer;

/**
 * The building blocks of the interactions: the bound profile's state, requests as the client sends them,
 * and the spec's envelopes ({@code {data: X}}, {@code {data: [X]}}, pages) with type and regex matchers.
 */
final class Interactions {

  private Interactions() {
  }

  /** The profile bound to {@link Contract#TOKEN} exists. */
  static PactDslWithState profile(PactDslWithProvider builder) {
    return ProviderState.PROFILE_EXISTS.given(builder, "profileId", PROFILE_ID);
  }

  /** The bound profile exists and has whatever the second state says. */
  static PactDslWithState profileWith(PactDslWithProvider builder, ProviderState state, Object... keyValues) {
    return state.given(profile(builder), keyValues);
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

  /** The client's JSON bodies are UTF-8; the charset parameter is optional. */
  static final String JSON_CONTENT_TYPE = "application/json(; ?charset=(UTF|utf)-8)?";

  /** A JSON request body, compared exactly: the client must send these fields and no others. */
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
