package io.github.omneoid.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the sandbox on a fixed port for front-end and mobile developers, seeded with the demo profiles, and
 * prints the base URL, the admin token and a ready ID token.
 *
 * <pre>
 * ./mvnw -q -pl sandbox -am process-classes -Pserve -Dexec.args="--port 8080"
 * </pre>
 *
 * Options: {@code --port N} (default 8080), {@code --host H} (default 127.0.0.1; 0.0.0.0 to reach it from a
 * device on the LAN), {@code --token-lifetime SECONDS} (default 3600), {@code --admin-token T} (default
 * {@code sandbox-admin-token}).
 */
public final class SandboxServer {
  static final String DEFAULT_ADMIN_TOKEN = "sandbox-admin-token";

  private SandboxServer() {}

  /**
   * Runs the sandbox until the process is stopped.
   *
   * @param args the options above
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    OmneoIdSandbox sandbox;
    try {
      sandbox = run(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    if (sandbox == null) {
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "omneo-id-sandbox-shutdown"));
    stopped.await();
  }

  static String usage() {
    return "Usage: SandboxServer [--port 8080] [--host 127.0.0.1] [--token-lifetime 3600] "
        + "[--admin-token sandbox-admin-token]";
  }

  /** Starts the server and prints how to use it; null after {@code --help}. */
  static OmneoIdSandbox run(String[] args, PrintStream out) {
    int port = 8080;
    String host = "127.0.0.1";
    long lifetime = 3600;
    String admin = DEFAULT_ADMIN_TOKEN;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        out.println(usage());
        return null;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value for " + a);
      }
      String v = args[++i];
      try {
        switch (a) {
          case "--port":
            port = Integer.parseInt(v);
            break;
          case "--host":
            host = v;
            break;
          case "--token-lifetime":
            lifetime = Long.parseLong(v);
            break;
          case "--admin-token":
            admin = v;
            break;
          default:
            throw new IllegalArgumentException("Unknown option " + a);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Not a number for " + a + ": " + v);
      }
    }
    OmneoIdSandbox sandbox = OmneoIdSandbox.builder().port(port).host(host)
        .tokenLifetime(Duration.ofSeconds(lifetime)).adminToken(admin).demoData().start();
    Map<String, Object> jane = sandbox.profiles().get(0);
    String id = (String) jane.get("id");
    String token = sandbox.mintToken(id);
    Instant exp = sandbox.clock().instant().plusSeconds(lifetime);
    out.println("Omneo ID sandbox is running (" + sandbox.routeCount() + " routes).");
    out.println();
    out.println("  Base URL:     " + sandbox.baseUrl());
    out.println("  Admin token:  " + sandbox.adminToken());
    out.println("  Demo profile: " + id + " (" + jane.get("first_name") + " " + jane.get("last_name") + ", "
        + jane.get("email") + "; identity " + DemoData.DEMO_HANDLE + "=" + DemoData.DEMO_IDENTIFIER + ")");
    out.println("  ID token:     " + token);
    out.println("                (expires " + Store.TS.format(exp) + " UTC; mint more with the admin token)");
    out.println();
    out.println("Try:");
    out.println("  curl -H 'Authorization: Bearer " + token + "' " + sandbox.baseUrl() + "/profiles/me");
    out.println("  curl -X POST -H 'Authorization: Bearer " + sandbox.adminToken()
        + "' -H 'Content-Type: application/json' -d '{\"id\":\"" + DemoData.DEMO_IDENTIFIER
        + "\",\"id_handle\":\"" + DemoData.DEMO_HANDLE + "\"}' " + sandbox.baseUrl() + "/auth/token");
    out.println();
    out.println("State is in memory and is lost on exit. Press Ctrl-C to stop.");
    out.flush();
    return sandbox;
  }
}
