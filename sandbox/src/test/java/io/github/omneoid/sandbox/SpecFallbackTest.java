package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An operation added to the spec is served without sandbox code: a scratch copy of the spec adds vouchers (a page
 * of a new {@code Voucher} schema), a claim with a required field, promotions open to any ID token and an
 * admin-only route, and the sandbox answers each from the spec, with the credential its {@code x-omneo-token}
 * names. An outside OpenAPI validator (Atlassian's swagger-request-validator) judges the bodies.
 */
class SpecFallbackTest {
  static String scratch;
  static OpenApiInteractionValidator referee;
  static OmneoIdSandbox sandbox;
  static String profileId;
  static Http me;

  @BeforeAll
  static void start() {
    scratch = ScratchSpec.text(ScratchSpec.withVouchers());
    referee = OpenApiInteractionValidator.createForInlineApiSpecification(scratch)
        .withBasePathOverride("/").build();
    sandbox = OmneoIdSandbox.builder().spec(Spec.parse(scratch, "scratch")).start();
    profileId = (String) sandbox.seedProfile().get("id");
    me = Http.of(sandbox).as(sandbox.mintToken(profileId));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static List<String> problems(String method, String path, Http.Resp r) {
    SimpleResponse.Builder response = new SimpleResponse.Builder(r.status).withContentType("application/json");
    if (!r.text.isEmpty()) {
      response.withBody(r.text);
    }
    ValidationReport report = referee.validateResponse(path,
        Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
    List<String> out = new ArrayList<>();
    report.getMessages().forEach(m -> out.add(method + " " + path + ": " + m.getMessage()));
    return out;
  }

  @Test
  void aNewOperationIsAnsweredWithABodyThatMatchesItsSchema() {
    Http.Resp r = me.get("/profiles/me/vouchers");
    assertThat(r.status).isEqualTo(200);
    assertThat(problems("GET", "/profiles/me/vouchers", r)).isEmpty();
    // The rules: an example where the schema has one, a default, the first enum value, placeholders by type,
    // arrays of one item, every declared property, the envelope as declared.
    assertThat(r.list("data")).hasSize(1);
    assertThat(r.map("data.0")).containsEntry("code", "SAVE10").containsEntry("status", "active")
        .containsEntry("is_stackable", false).containsEntry("value", 1L).containsEntry("id", 0L)
        .containsEntry("expires_at", "2024-02-13 04:07:46").containsEntry("tags", List.of("string"))
        .containsKey("meta");
    assertThat(r.map("links")).containsKeys("first", "last", "prev", "next");
    assertThat(r.map("meta")).containsKeys("current_page", "per_page", "total");
    // The referee is not vacuous: a body off the schema is reported.
    Http.Resp off = new Http.Resp(200, r.headers, "{\"data\":[{\"status\":\"bogus\",\"value\":\"ten\"}]}");
    assertThat(problems("GET", "/profiles/me/vouchers", off)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void theConnectionCopyOfAConnectionScopedOperationIsServedToo() {
    String child = (String) sandbox.seedProfile().get("id");
    Object cid = sandbox.seedConnection(profileId, child).get("id");
    Http.Resp r = me.get("/profiles/connection/" + cid + "/vouchers");
    assertThat(r.status).isEqualTo(200);
    assertThat(problems("GET", "/profiles/me/vouchers", r)).isEmpty();
    assertThat(me.get("/profiles/connection/424242/vouchers").status).as("not the caller's connection")
        .isEqualTo(404);
  }

  @Test
  void aRequiredRequestFieldIsCheckedAndTheDocumentedStatusAnswered() {
    Http.Resp missing = me.post("/profiles/me/vouchers/claim", map("note", "no code"));
    assertThat(missing.status).isEqualTo(422);
    assertThat(missing.list("errors.code")).containsExactly("The code field is required.");
    assertThat(problems("POST", "/profiles/me/vouchers/claim", missing)).isEmpty();
    Http.Resp ok = me.post("/profiles/me/vouchers/claim", map("code", "SAVE10"));
    assertThat(ok.status).isEqualTo(201);
    assertThat(ok.get("data.code")).isEqualTo("SAVE10");
    assertThat(problems("POST", "/profiles/me/vouchers/claim", ok)).isEmpty();
    assertThat(me.send("POST", "/profiles/me/vouchers/claim", "[1]").status).isEqualTo(400);
  }

  @Test
  void eachOperationsTokenKindIsHonoured() {
    Http anonymous = Http.of(sandbox).as(sandbox.mintAnonymousToken());
    Http admin = Http.of(sandbox).as(sandbox.adminToken());
    assertThat(anonymous.get("/profiles/me/vouchers").status).as("profile: anonymous gets 404").isEqualTo(404);
    assertThat(admin.get("/profiles/me/vouchers").status).as("profile: the admin token gets 401").isEqualTo(401);
    assertThat(Http.of(sandbox).get("/profiles/me/vouchers").status).as("no token").isEqualTo(401);

    Http.Resp promotions = anonymous.get("/promotions");
    assertThat(promotions.status).as("profile-or-anonymous").isEqualTo(200);
    assertThat(promotions.get("data.0.title")).as("the media type's example").isEqualTo("Winter sale");
    assertThat(me.get("/promotions").status).isEqualTo(200);

    assertThat(me.post("/auth/revoke", null).status).as("admin: an ID token gets 401").isEqualTo(401);
    Http.Resp revoked = admin.post("/auth/revoke", null);
    assertThat(revoked.status).isEqualTo(204);
    assertThat(revoked.text).isEmpty();
  }

  @Test
  void theFallbackStoresNothing() {
    for (int i = 0; i < 3; i++) {
      me.post("/profiles/me/vouchers/claim", map("code", "C" + i));
    }
    assertThat(me.get("/profiles/me/vouchers").list("data")).hasSize(1);
    assertThat(sandbox.profile(profileId)).isPresent();
  }

  /**
   * The fallback over the whole bundled spec: every operation, answered from the spec alone (no hand-written
   * handler), gets a body the referee accepts for its documented success response.
   */
  @Test
  void everyBundledOperationCanBeAnsweredFromTheSpecAlone() {
    String text = SpecOperations.bundledText();
    Spec spec = Spec.parse(text, "bundled");
    OpenApiInteractionValidator bundledReferee = OpenApiInteractionValidator.createForInlineApiSpecification(text)
        .withBasePathOverride("/").build();
    SpecResponder responder = new SpecResponder(spec);
    List<String> problems = new ArrayList<>();
    for (Spec.Operation op : spec.operations) {
      Reply reply = responder.respond(op);
      String path = op.path.replace("{attributeKey}", "ns:handle").replaceAll("\\{[^}]+}", "1");
      SimpleResponse.Builder response = new SimpleResponse.Builder(reply.status);
      if (reply.body != null) {
        response.withContentType("application/json").withBody(Json.write(reply.body));
      }
      bundledReferee.validateResponse(path, Request.Method.valueOf(op.method), response.build()).getMessages()
          .forEach(m -> problems.add(op.describe() + ": " + m.getMessage()));
    }
    assertThat(spec.operations).hasSize(SpecOperations.bundled().size());
    assertThat(problems).isEmpty();
  }

  @Test
  void numbersComeFromTheSchemasBounds() {
    SpecResponder responder = new SpecResponder(Spec.parse(scratch, "scratch"));
    assertThat(responder.sample(map("type", "integer", "minimum", 3))).isEqualTo(3L);
    assertThat(responder.sample(map("type", "integer", "maximum", -2))).isEqualTo(-2L);
    assertThat(responder.sample(map("type", "number", "minimum", new BigDecimal("2.5"))))
        .isEqualTo(new BigDecimal("2.5"));
    assertThat(responder.sample(map("type", "string", "format", "email"))).isEqualTo("user@example.com");
    assertThat(responder.sample(map("oneOf", List.of(map("type", "boolean"), map("type", "string")))))
        .isEqualTo(true);
    assertThat(responder.sample(map("allOf", List.of(map("properties", map("a", map("type", "integer"))),
        map("properties", map("b", map("enum", List.of("x", "y"))))))))
        .isEqualTo(map("a", 0L, "b", "x"));
  }
}
