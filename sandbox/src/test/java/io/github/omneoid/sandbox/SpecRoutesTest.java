package io.github.omneoid.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's routes against the spec it serves ({@code META-INF/openapi/omneo-id.yaml}, read here by an
 * outside parser): every operation has its route (and its {@code /profiles/connection/{id}} copy when it is
 * connection-scoped), every route serves an operation, and every hand-written handler is a spec operation. Nothing
 * is counted by hand: add an operation to the spec and the expectations follow.
 */
@OmneoIdSandboxTest
class SpecRoutesTest {
  private static Api api(Spec spec, boolean fallback) {
    return new Api(new Store(Clock.systemUTC()), new TokenService(Clock.systemUTC(), Duration.ofHours(1), "admin"),
        spec, fallback);
  }

  @Test
  void everySpecOperationHasARouteAndEveryRouteAnOperation(OmneoIdSandbox sandbox) {
    List<SpecOperations.Op> ops = SpecOperations.bundled();
    assertThat(ops).as("operations in the bundled spec").isNotEmpty();
    assertThat(SpecOperations.problems(ops, sandbox.routeTable())).isEmpty();
    assertThat(sandbox.routeCount()).isEqualTo(SpecOperations.routeCount(ops));
  }

  @Test
  void withoutTheFallbackAMissingOperationIsNamedInOneLine() {
    String scratch = ScratchSpec.text(ScratchSpec.withVouchers());
    RouteTable table = api(Spec.parse(scratch, "scratch"), false).routes;
    assertThat(SpecOperations.problems(SpecOperations.of(scratch), table)).containsExactly(
        "operation listMyVouchers (GET /profiles/me/vouchers) has no sandbox route",
        "operation listMyVouchers (GET /profiles/me/vouchers) has no sandbox route under /profiles/connection/{id}",
        "operation claimMyVoucher (POST /profiles/me/vouchers/claim) has no sandbox route",
        "operation claimMyVoucher (POST /profiles/me/vouchers/claim) has no sandbox route under"
            + " /profiles/connection/{id}",
        "operation listPromotions (GET /promotions) has no sandbox route",
        "operation revokeTokens (POST /auth/revoke) has no sandbox route");
    // With the fallback (as the sandbox always runs) the same spec has nothing missing.
    assertThat(SpecOperations.problems(SpecOperations.of(scratch), api(Spec.parse(scratch, "scratch"), true).routes))
        .isEmpty();
  }

  /**
   * A published spec declares every connection-scoped operation again under
   * {@code /profiles/connection/{connectionId}}, with its own operationId and nested path parameters renamed.
   * Those are the same operations: the same routes, all still served by their handlers.
   */
  @Test
  void aPublishedSpecsConnectionCopiesAreTheSameOperations() {
    Map<String, Object> tree = ScratchSpec.bundledTree();
    Map<String, Object> paths = Json.asMap(tree.get("paths"));
    Map<String, Object> copies = new LinkedHashMap<>();
    for (Map.Entry<String, Object> p : paths.entrySet()) {
      if (!p.getKey().startsWith("/profiles/me")) {
        continue;
      }
      Map<String, Object> item = new LinkedHashMap<>();
      for (Map.Entry<String, Object> op : Json.asMap(p.getValue()).entrySet()) {
        if (!(op.getValue() instanceof Map)) {
          continue; // path-level parameters
        }
        Map<String, Object> copy = new java.util.LinkedHashMap<>(Json.asMap(op.getValue()));
        if (Boolean.TRUE.equals(copy.get("x-omneo-connection-scoped"))) {
          copy.put("operationId", copy.get("operationId") + "ForConnection");
          item.put(op.getKey(), copy);
        }
      }
      String rest = p.getKey().substring("/profiles/me".length()).replace("{connectionId}", "{nestedConnectionId}");
      copies.put("/profiles/connection/{connectionId}" + rest, item);
    }
    assertThat(copies).isNotEmpty();
    List<String> specOnly = operationIds(api(Spec.parse(ScratchSpec.text(tree), "source"), true).routes);
    paths.putAll(copies);
    String published = ScratchSpec.text(tree);
    RouteTable table = api(Spec.parse(published, "published"), true).routes;
    assertThat(SpecOperations.problems(SpecOperations.of(published), table)).isEmpty();
    assertThat(table.routes()).hasSize(SpecOperations.routeCount(SpecOperations.bundled()));
    assertThat(operationIds(table)).as("no copy became an operation of its own").isEqualTo(specOnly);
  }

  /** The operations served from the spec alone (no hand-written handler). */
  private static List<String> operationIds(RouteTable table) {
    List<String> ids = new ArrayList<>();
    table.fromSpecOnly().forEach(op -> ids.add(op.operationId));
    return ids;
  }

  @Test
  void aHandWrittenRouteThatIsNoLongerASpecOperationIsNamedAndNotServed() {
    Map<String, Object> tree = ScratchSpec.bundledTree();
    // The operation and, in a published spec, its copy under /profiles/connection/{connectionId}.
    Json.asMap(tree.get("paths")).keySet().removeIf(p -> p.equals("/profiles/me/balances")
        || p.matches("/profiles/connection/\\{[^}]+}/balances"));
    String scratch = ScratchSpec.text(tree);
    RouteTable table = api(Spec.parse(scratch, "scratch"), true).routes;
    assertThat(SpecOperations.problems(SpecOperations.of(scratch), table)).containsExactly(
        "hand-written route GET /profiles/me/balances is not a spec operation, so it is not served");
    assertThat(table.router.match("GET", "/profiles/me/balances")).isNull();
  }

  @Test
  void accessFollowsEachOperationsToken(OmneoIdSandbox sandbox) {
    Map<String, Access> expected = Map.of("admin", Access.ADMIN, "profile", Access.PROFILE,
        "anonymous", Access.ANY_ID, "profile-or-anonymous", Access.ANY_ID);
    List<String> wrong = new ArrayList<>();
    for (Router.Route r : sandbox.routeTable().routes()) {
      Object token = r.operation.node.get("x-omneo-token");
      Access want = r.pattern.startsWith(RouteTable.CONNECTION) ? Access.PROFILE
          : expected.get(String.valueOf(token));
      if (r.access != want) {
        wrong.add(r + ": " + r.access + " for x-omneo-token " + token);
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Over HTTP, with real tokens: no operation answers "route not found", 405, 401 or a server error. */
  @Test
  void everySpecOperationIsServedOverHttp(OmneoIdSandbox sandbox) {
    List<String> unserved = new ArrayList<>();
    int checked = 0;
    for (SpecOperations.Op op : SpecOperations.bundled()) {
      for (String route : op.routes()) {
        // A fresh pair each time: an earlier DELETE /profiles/me must not turn the rest into "Profile not found".
        Map<String, Object> parent = sandbox.seedProfile();
        Map<String, Object> child = sandbox.seedProfile();
        Object cid = sandbox.seedConnection((String) parent.get("id"), (String) child.get("id")).get("id");
        Http me = Http.of(sandbox).as(sandbox.mintToken((String) parent.get("id")));
        String pattern = route.substring(route.indexOf(' ') + 1);
        String concrete = pattern.replace("{scopeConnectionId}", String.valueOf(cid))
            .replace("{attributeKey}", "ns:handle").replaceAll("\\{[^}]+}", "1");
        Http client = op.path.equals("/auth/token") ? me.as(sandbox.adminToken()) : me;
        Http.Resp r = client.send(op.method, concrete,
            op.method.equals("GET") || op.method.equals("DELETE") ? null : "{}");
        checked++;
        boolean routeMissing = r.status == 405
            || (r.status == 404 && String.valueOf(r.str("message")).contains("could not be found"));
        if (routeMissing || r.status >= 500 || r.status == 401) {
          unserved.add(op.describe() + " at " + concrete + " -> " + r);
        }
      }
    }
    assertThat(unserved).as("spec operations the sandbox does not serve").isEmpty();
    assertThat(checked).isEqualTo(SpecOperations.routeCount(SpecOperations.bundled()));
  }
}
