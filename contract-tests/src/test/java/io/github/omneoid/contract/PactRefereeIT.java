package io.github.omneoid.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.omneoid.referee.Exchange;
import io.github.omneoid.referee.Finding;
import io.github.omneoid.referee.KnownViolations;
import io.github.omneoid.referee.Referee;
import io.github.omneoid.referee.Violation;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The referee gate for the contract, bi-directional contract testing as PactFlow does it: every interaction of the
 * generated pact — its request <b>and</b> its response — is judged by swagger-request-validator against the
 * published spec. The consumer tests, the sandbox and the spec share one reading of the API; this check does not.
 *
 * <p>The pact JSON is read here as plain JSON (not through Pact's model), so the check does not depend on a Pact JVM
 * version. Violations on {@code referee/.../known-violations.txt} under gate {@value #GATE} are tolerated; any other
 * fails, and so does a listed entry no interaction shows any more (docs/gates.md, "Referee gate"). The one
 * exemption: {@link Referee#rejectedOnPurpose}.
 */
class PactRefereeIT {

  static final String GATE = "pact";

  private static JsonNode pact() throws IOException {
    File file = Paths.get(System.getProperty("pact.dir", "target/pacts"),
        Contract.CONSUMER + "-" + Contract.PROVIDER + ".json").toFile();
    assertThat(file).as("the pact the consumer tests write").isFile();
    return new ObjectMapper().readTree(file);
  }

  @Test
  void everyInteractionsRequestAndResponseFitThePublishedSpec() throws IOException {
    JsonNode interactions = pact().path("interactions");
    assertThat(interactions.size()).as("interactions in the pact").isPositive();
    Referee referee = Referee.publishedSpec();
    List<Finding> findings = new ArrayList<>();
    int rejectedOnPurpose = 0;
    for (JsonNode interaction : interactions) {
      Exchange exchange = exchange(interaction);
      for (Violation v : referee.judge(exchange)) {
        if (Referee.rejectedOnPurpose(exchange, v)) {
          rejectedOnPurpose++;
          continue;
        }
        findings.add(new Finding(v, "interaction \"" + interaction.path("description").asText() + "\" ("
            + exchange + ")"));
      }
    }
    KnownViolations known = KnownViolations.load();
    long listed = findings.stream().filter(f -> known.isKnown(GATE, f.violation())).count();
    System.out.printf("Referee [pact]: %d interactions, %d violations (%d on the known list, %d known keys);"
        + " %d request-body violations of 400/422 interactions not counted%n",
        interactions.size(), findings.size(), listed, known.keys(GATE).size(), rejectedOnPurpose);
    known.verdict(GATE, findings).assertClean();
  }

  /** One V4 {@code Synchronous/HTTP} interaction as an exchange: what the consumer sends, what it expects. */
  static Exchange exchange(JsonNode interaction) {
    JsonNode request = interaction.path("request");
    JsonNode response = interaction.path("response");
    Exchange.Builder b = Exchange.request(request.path("method").asText(), request.path("path").asText());
    multimap(request.path("query")).forEach((name, values) -> values.forEach(v -> b.query(name, v)));
    multimap(request.path("headers")).forEach((name, values) -> values.forEach(v -> b.requestHeader(name, v)));
    b.requestBody(body(request.path("body")));
    b.status(response.path("status").asInt());
    multimap(response.path("headers")).forEach((name, values) -> values.forEach(v -> b.responseHeader(name, v)));
    b.responseBody(body(response.path("body")));
    return b.build();
  }

  private static Map<String, List<String>> multimap(JsonNode node) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    node.properties().forEach(e -> {
      List<String> values = new ArrayList<>();
      if (e.getValue().isArray()) {
        e.getValue().forEach(v -> values.add(v.asText()));
      } else {
        values.add(e.getValue().asText());
      }
      out.put(e.getKey(), values);
    });
    return out;
  }

  /** A V4 body: {@code {content, contentType, encoded}}; JSON content is written back as JSON text. */
  private static String body(JsonNode body) {
    if (body.isMissingNode() || body.isNull() || !body.has("content")) {
      return null;
    }
    JsonNode content = body.get("content");
    String encoded = body.path("encoded").asText("false");
    if (content.isTextual() && !"false".equals(encoded)) {
      return new String(Base64.getDecoder().decode(content.asText()), StandardCharsets.UTF_8);
    }
    return content.isTextual() ? content.asText() : content.toString();
  }
}
