package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the sandbox against the project's spec ({@code spec/omneo-id.yaml}): every operation the spec
 * declares is routed (not 404 "route not found", not 405), under {@code /profiles/me} and under
 * {@code /profiles/connection/{id}}.
 */
@OmneoIdSandboxTest
class SpecRoutesTest {
  static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
  static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch):\\s*$");

  static List<String[]> operations() throws IOException {
    Path spec = Paths.get("..", "spec", "omneo-id.yaml");
    assertThat(spec).as("the spec next to this module").exists();
    List<String[]> ops = new ArrayList<>();
    String path = null;
    for (String line : Files.readAllLines(spec, StandardCharsets.UTF_8)) {
      if (line.startsWith("components:")) {
        break;
      }
      Matcher p = PATH.matcher(line);
      if (p.matches()) {
        path = p.group(1);
        continue;
      }
      Matcher m = METHOD.matcher(line);
      if (m.matches() && path != null) {
        ops.add(new String[] {m.group(1).toUpperCase(Locale.ROOT), path});
      }
    }
    return ops;
  }

  @Test
  void everySpecOperationIsServed(OmneoIdSandbox sandbox) throws IOException {
    List<String[]> ops = operations();
    assertThat(ops).hasSizeGreaterThan(80);
    Map<String, Object> parent = sandbox.seedProfile();
    Map<String, Object> child = sandbox.seedProfile();
    Object cid = sandbox.seedConnection((String) parent.get("id"), (String) child.get("id")).get("id");
    Http me = Http.of(sandbox).as(sandbox.mintToken((String) parent.get("id")));
    List<String> unserved = new ArrayList<>();
    int checked = 0;
    for (String[] op : ops) {
      List<String> paths = new ArrayList<>();
      paths.add(op[1]);
      if (op[1].startsWith("/profiles/me")) {
        paths.add("/profiles/connection/" + cid + op[1].substring("/profiles/me".length()));
      }
      for (String p : paths) {
        String concrete = p.replace("{attributeKey}", "ns:handle").replaceAll("\\{[^}]+}", "1");
        Http client = op[1].equals("/auth/token") ? me.as(sandbox.adminToken()) : me;
        Http.Resp r = client.send(op[0], concrete, op[0].equals("GET") || op[0].equals("DELETE") ? null : "{}");
        checked++;
        boolean routeMissing = r.status == 405
            || (r.status == 404 && String.valueOf(r.str("message")).contains("could not be found"));
        if (routeMissing || r.status >= 500 || r.status == 401) {
          unserved.add(op[0] + " " + p + " -> " + r);
        }
      }
    }
    assertThat(unserved).as("spec operations the sandbox does not serve").isEmpty();
    assertThat(checked).isGreaterThan(160);
  }

  @Test
  void theSandboxServesNothingBeyondTheSpec(OmneoIdSandbox sandbox) throws IOException {
    int specOps = operations().size();
    int profileOps = 0;
    for (String[] op : operations()) {
      if (op[1].startsWith("/profiles/me")) {
        profileOps++;
      }
    }
    assertThat(sandbox.routeCount()).isEqualTo(specOps + profileOps);
  }
}
