package io.github.omneoid.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coverage gate: every operation of {@code spec/omneo-id.yaml} must have at least one interaction in the
 * generated pact, and every interaction must be an operation of the spec. It runs under failsafe, after the
 * consumer tests (surefire) have written the pact.
 *
 * <p>An interaction is mapped to an operation by its method and path against the spec's path templates (under
 * {@link Contract#BASE}); a path under {@code /profiles/connection/{id}} counts for the {@code /profiles/me}
 * operation it mirrors. Where several templates match ({@code /transactions/claims} is also
 * {@code /transactions/{transactionId}}), the one with the fewest parameters wins.
 */
class PactCoverageIT {

  /**
   * Operations that may lack an interaction, each with the reason. Empty: every operation is covered. An entry
   * without a reason is refused.
   */
  static final Map<String, String> ALLOWED_WITHOUT_INTERACTION = Map.of();

  /**
   * Server behaviours the issue asks the contract to pin, as {@code status METHOD template [state]}. Each must be
   * in the pact, or be listed in {@link #ALLOWED_UNPINNED} with the reason.
   */
  static final List<String> REQUIRED_FAILURES = List.of(
      "401 POST /auth/token [" + ProviderState.ADMIN_TOKEN_INVALID.stateName() + "]",
      "401 GET /profiles/me [" + ProviderState.TOKEN_EXPIRED.stateName() + "]",
      "422 PUT /profiles/me [" + ProviderState.MOBILE_TAKEN.stateName() + "]",
      "422 POST /profiles/me/addresses",
      "404 GET /profiles/me/addresses/{addressId}",
      "404 GET /profiles/me [" + ProviderState.ANONYMOUS.stateName() + "]");

  static final Map<String, String> ALLOWED_UNPINNED = Map.of(
      "404 GET /profiles/me [" + ProviderState.ANONYMOUS.stateName() + "]",
      "The client never sends it: an anonymous token on /profiles/me/** fails before sending with"
          + " AnonymousTokenException (AuthPactTest.anonymousTokenNeverReachesTheProfileTree proves nothing is"
          + " sent). A consumer contract can only pin requests the consumer makes; the server's 404 is covered by"
          + " the sandbox's own AuthTest.anonymousTokenGets404OnTheProfileTreeButMayUpsertAndReadLocations.");

  private static Map<String, Operation> operations;
  private static Pact pact;

  /** One operation of the spec: its method, path template and the regex of the paths it serves. */
  record Operation(String id, String method, String template) {
    int parameters() {
      return (int) template.chars().filter(c -> c == '{').count();
    }

    boolean matches(String method, String path) {
      if (!this.method.equals(method)) {
        return false;
      }
      if (path.matches(Pattern.quote(Contract.BASE) + regex(template))) {
        return true;
      }
      if (!template.equals("/profiles/me") && !template.startsWith("/profiles/me/")) {
        return false;
      }
      String below = template.substring("/profiles/me".length());
      return path.matches(Pattern.quote(Contract.BASE + "/profiles/connection/") + "[^/]+"
          + (below.isEmpty() ? "" : regex(below)));
    }

    /** {@code /a/{b}/c} becomes {@code /a/[^/]+/c} (literal segments quoted). */
    private static String regex(String template) {
      StringBuilder out = new StringBuilder();
      for (String segment : template.substring(1).split("/")) {
        out.append('/').append(segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment));
      }
      return out.toString();
    }
  }

  @BeforeAll
  static void load() throws IOException {
    operations = readOperations(Paths.get(System.getProperty("omneo.spec", "../spec/omneo-id.yaml")));
    File pactFile = Paths.get(System.getProperty("pact.dir", "target/pacts"),
        Contract.CONSUMER + "-" + Contract.PROVIDER + ".json").toFile();
    assertThat(pactFile).as("the pact the consumer tests write").isFile();
    pact = DefaultPactReader.INSTANCE.loadPact(pactFile);
  }

  /** Every operation of the spec, read with a YAML parser: its operationId, method and path template. */
  static Map<String, Operation> readOperations(Path spec) throws IOException {
    Map<String, Operation> found = new LinkedHashMap<>();
    JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(spec.toFile()).path("paths");
    for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
      Map.Entry<String, JsonNode> path = p.next();
      for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
        Map.Entry<String, JsonNode> method = m.next();
        String id = method.getValue().path("operationId").asText(null);
        if (id != null) {
          found.put(id, new Operation(id, method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey()));
        }
      }
    }
    return found;
  }

  /** The operation an interaction's request exercises, or null. */
  static Operation operationOf(String method, String path) {
    List<Operation> candidates = operations.values().stream().filter(o -> o.matches(method, path))
        .sorted((a, b) -> Integer.compare(a.parameters(), b.parameters())).collect(Collectors.toList());
    if (candidates.isEmpty()) {
      return null;
    }
    if (candidates.size() > 1 && candidates.get(0).parameters() == candidates.get(1).parameters()) {
      throw new AssertionError(method + " " + path + " matches " + candidates.get(0).id() + " and "
          + candidates.get(1).id() + " equally");
    }
    return candidates.get(0);
  }

  private static List<SynchronousRequestResponse> interactions() {
    List<SynchronousRequestResponse> out = new ArrayList<>();
    for (Interaction i : pact.getInteractions()) {
      out.add(i.asSynchronousRequestResponse());
    }
    return out;
  }

  @Test
  void theSpecIsRead() {
    assertThat(operations).as("operations of the spec").containsKeys("requestAuthToken", "getMyProfile");
  }

  @Test
  void everyAllowListEntryHasAReason() {
    ALLOWED_WITHOUT_INTERACTION.forEach((op, reason) -> assertThat(reason).as(op).isNotBlank());
    ALLOWED_UNPINNED.forEach((key, reason) -> assertThat(reason).as(key).isNotBlank());
    assertThat(operations.keySet()).containsAll(ALLOWED_WITHOUT_INTERACTION.keySet());
  }

  @Test
  void everyInteractionIsAnOperationOfTheSpec() {
    List<String> unknown = new ArrayList<>();
    for (SynchronousRequestResponse i : interactions()) {
      if (operationOf(i.getRequest().getMethod(), i.getRequest().getPath()) == null) {
        unknown.add(i.getRequest().getMethod() + " " + i.getRequest().getPath() + " (" + i.getDescription() + ")");
      }
    }
    assertThat(unknown).as("interactions whose route the spec does not have").isEmpty();
  }

  @Test
  void everyOperationHasAnInteraction() {
    Map<String, List<String>> covered = new TreeMap<>();
    for (SynchronousRequestResponse i : interactions()) {
      Operation op = operationOf(i.getRequest().getMethod(), i.getRequest().getPath());
      if (op != null) {
        covered.computeIfAbsent(op.id(), k -> new ArrayList<>()).add(i.getDescription());
      }
    }
    List<String> missing = new ArrayList<>();
    for (Operation op : operations.values()) {
      if (!covered.containsKey(op.id()) && !ALLOWED_WITHOUT_INTERACTION.containsKey(op.id())) {
        missing.add("operation " + op.id() + " (" + op.method() + " " + op.template() + ") has no interaction in"
            + " the pact (add a @Pact method and its test to a *PactTest class)");
      }
    }
    System.out.printf("Pact coverage: %d interactions, %d of %d operations covered, %d allow-listed%n",
        pact.getInteractions().size(), covered.size(), operations.size(), ALLOWED_WITHOUT_INTERACTION.size());
    assertThat(missing).as("operations of the spec against the pact").isEmpty();
  }

  @Test
  void theFailureCasesArePinnedOrAllowListed() {
    Set<String> pinned = new LinkedHashSet<>();
    for (SynchronousRequestResponse i : interactions()) {
      Operation op = operationOf(i.getRequest().getMethod(), i.getRequest().getPath());
      int status = i.getResponse().getStatus();
      if (op == null || status < 400) {
        continue;
      }
      String key = status + " " + op.method() + " " + op.template();
      pinned.add(key);
      for (au.com.dius.pact.core.model.ProviderState state : i.getProviderStates()) {
        pinned.add(key + " [" + state.getName() + "]");
      }
    }
    List<String> missing = new ArrayList<>(REQUIRED_FAILURES);
    missing.removeAll(pinned);
    missing.removeAll(ALLOWED_UNPINNED.keySet());
    assertThat(missing).as("failure cases neither pinned nor allow-listed").isEmpty();
    assertThat(pinned).as("allow-listed failure cases that are pinned after all").doesNotContainAnyElementsOf(
        ALLOWED_UNPINNED.keySet());
  }
}
