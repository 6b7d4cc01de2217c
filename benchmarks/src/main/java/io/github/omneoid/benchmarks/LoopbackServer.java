package io.github.omneoid.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A server on 127.0.0.1 that costs almost nothing per request, in a process of its own, answering
 * {@code GET /id/api/v1/profiles/me} with a fixed body, {@code GET /small/id/api/v1/profiles/me} with a small one (401
 * without a bearer token) and 404 to anything else:
 * nginx with a generated configuration when there is one, else {@link TinyHttpServer} in a child JVM.
 */
final class LoopbackServer implements AutoCloseable {

  /** The system property through which the harness hands the server to the benchmark forks. */
  static final String BASE_URL_PROPERTY = "omneo.bench.baseUrl";

  private final Process process;
  private final int port;
  private final int statusPort;
  private final String description;

  private LoopbackServer(Process process, int port, int statusPort, String description) {
    this.process = process;
    this.port = port;
    this.statusPort = statusPort;
    this.description = description;
  }

  /** @return the API base URL, {@code http://127.0.0.1:<port>/id/api/v1} */
  String baseUrl() {
    return "http://127.0.0.1:" + port + "/id/api/v1";
  }

  /** @return the base URL of the small body, {@code http://127.0.0.1:<port>/small/id/api/v1} */
  String smallBaseUrl() {
    return Bench.smallBaseUrl(baseUrl());
  }

  /** @return which server this is, with its version and settings, for the report */
  String description() {
    return description;
  }

  /**
   * Starts a server.
   *
   * @param kind {@code nginx}, {@code java}, or {@code auto} (nginx when it is on the PATH, else java)
   * @param dir an empty folder for the configuration, the body and the logs
   * @param body what {@code GET /profiles/me} answers
   * @param smallBody what {@code GET /small/.../profiles/me} answers
   */
  static LoopbackServer start(String kind, Path dir, String body, String smallBody) {
    try {
      Files.createDirectories(dir);
      Path bodyFile = dir.resolve("profile.json");
      Files.writeString(bodyFile, body, StandardCharsets.UTF_8);
      Path smallFile = dir.resolve("profile-small.json");
      Files.writeString(smallFile, smallBody, StandardCharsets.UTF_8);
      String nginx = findNginx();
      if (kind.equals("nginx") && nginx == null) {
        throw new IllegalStateException("nginx is not installed (benchmarks/run.sh installs it when run as root)");
      }
      if (!kind.equals("java") && nginx != null) {
        return startNginx(nginx, dir, bodyFile, smallFile);
      }
      return startJava(dir, bodyFile, smallFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String findNginx() {
    String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin:/usr/local/sbin:/sbin";
    for (String folder : path.split(File.pathSeparator)) {
      File candidate = new File(folder, "nginx");
      if (!folder.isEmpty() && candidate.canExecute()) {
        return candidate.getAbsolutePath();
      }
    }
    return null;
  }

  private static LoopbackServer startNginx(String nginx, Path dir, Path bodyFile, Path smallFile) throws IOException {
    int workers = Integer.getInteger("omneo.bench.nginxWorkers", 1);
    Files.createDirectories(dir.resolve("temp"));
    IOException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      int port = freePort();
      int statusPort = freePort();
      Path conf = dir.resolve("nginx.conf");
      Files.writeString(conf, nginxConf(dir, bodyFile, smallFile, port, statusPort, workers), StandardCharsets.UTF_8);
      // A worker may run as an unprivileged user when nginx starts as root: let it read the body.
      readableByAll(dir);
      readableByAll(bodyFile);
      readableByAll(smallFile);
      Process process = new ProcessBuilder(nginx, "-p", dir.toString(), "-e", dir.resolve("error.log").toString(),
          "-c", conf.toString(), "-g", "daemon off;")
          .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
      LoopbackServer server = new LoopbackServer(process, port, statusPort,
          version(nginx) + ", " + workers + " worker, keep-alive, access log off");
      try {
        server.awaitReady();
        return server;
      } catch (IOException e) {
        server.close();
        last = e; // most likely the port was taken between freePort() and the bind: try another
      }
    }
    throw new IOException("nginx did not start; see " + dir.resolve("error.log"), last);
  }

  static String nginxConf(Path dir, Path bodyFile, Path smallFile, int port, int statusPort, int workers) {
    String temp = dir.resolve("temp").toString();
    return String.join("\n",
        "# Generated by the benchmark harness: loopback only, keep-alive, one fixed answer.",
        "worker_processes " + workers + ";",
        "pid " + dir.resolve("nginx.pid") + ";",
        "error_log " + dir.resolve("error.log") + " warn;",
        "events { worker_connections 4096; }",
        "http {",
        "  access_log off;",
        "  server_tokens off;",
        "  client_body_temp_path " + temp + "/body;",
        "  proxy_temp_path " + temp + "/proxy;",
        "  fastcgi_temp_path " + temp + "/fastcgi;",
        "  sendfile on;",
        "  tcp_nopush on;",
        "  tcp_nodelay on;",
        "  keepalive_timeout 300s;",
        "  keepalive_requests 100000000;",
        "  open_file_cache max=16 inactive=1h;",
        "  open_file_cache_valid 1h;",
        "  types { }",
        "  default_type application/json;",
        "  server {",
        "    listen 127.0.0.1:" + port + " backlog=4096;",
        "    location = " + TinyHttpServer.PATH + " {",
        "      if ($http_authorization !~ \"^Bearer \") { return 401; }",
        "      alias " + bodyFile + ";",
        "    }",
        "    location = " + TinyHttpServer.SMALL_PREFIX + TinyHttpServer.PATH + " {",
        "      if ($http_authorization !~ \"^Bearer \") { return 401; }",
        "      alias " + smallFile + ";",
        "    }",
        "    location / { return 404; }",
        "  }",
        "  # The harness reads the connection and request counters here, on a port of their own.",
        "  server {",
        "    listen 127.0.0.1:" + statusPort + ";",
        "    location = /status { stub_status; }",
        "    location / { return 404; }",
        "  }",
        "}",
        "");
  }

  private static LoopbackServer startJava(Path dir, Path bodyFile, Path smallFile) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    IOException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      int port = freePort();
      List<String> command = new ArrayList<>(List.of(java, "-Xms256m", "-Xmx256m", "-XX:+UseSerialGC",
          "-cp", System.getProperty("java.class.path"), TinyHttpServer.class.getName(), String.valueOf(port),
          bodyFile.toString(), smallFile.toString()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(dir.resolve("server.out").toFile()).start();
      Files.writeString(dir.resolve("server.pid"), String.valueOf(process.pid())); // for run.sh's clean-up
      LoopbackServer server = new LoopbackServer(process, port, -1,
          "TinyHttpServer (fallback: nginx is not installed), a separate JVM, thread per connection");
      try {
        server.awaitReady();
        return server;
      } catch (IOException e) {
        server.close();
        last = e;
      }
    }
    throw new IOException("the fallback server did not start; see " + dir.resolve("server.out"), last);
  }

  /** Waits until the server answers 200 to both profiles, 401 without a token, and 404 elsewhere. */
  private void awaitReady() throws IOException {
    OkHttpClient http = new OkHttpClient.Builder().callTimeout(2, TimeUnit.SECONDS).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    try {
      while (true) {
        if (!process.isAlive()) {
          throw new IOException("the server process exited with " + process.exitValue());
        }
        try {
          int profile = code(http, TinyHttpServer.PATH, true);
          if (profile == 200 && code(http, TinyHttpServer.SMALL_PREFIX + TinyHttpServer.PATH, true) == 200) {
            int noToken = code(http, TinyHttpServer.PATH, false);
            int other = code(http, "/id/api/v1/profiles/other", true);
            if (noToken != 401 || other != 404) {
              throw new IOException("the server answers " + noToken + " without a token and " + other
                  + " to another path; expected 401 and 404");
            }
            return;
          }
        } catch (IOException notYet) {
          if (System.nanoTime() > deadline) {
            throw notYet;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("the server did not answer 200 within 20 s");
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
    } finally {
      http.connectionPool().evictAll();
      http.dispatcher().executorService().shutdown();
    }
  }

  private int code(OkHttpClient http, String path, boolean token) throws IOException {
    Request.Builder request = new Request.Builder().url("http://127.0.0.1:" + port + path);
    if (token) {
      request.header("Authorization", "Bearer probe");
    }
    try (Response response = http.newCall(request.build()).execute()) {
      return response.code();
    }
  }

  /**
   * @return nginx's counters: connections accepted and requests served since it started; empty for the fallback
   *     server, which keeps none
   */
  Optional<long[]> counters() {
    if (statusPort < 0) {
      return Optional.empty();
    }
    OkHttpClient http = new OkHttpClient.Builder().callTimeout(2, TimeUnit.SECONDS).build();
    try (Response response = http.newCall(new Request.Builder().url("http://127.0.0.1:" + statusPort + "/status")
        .build()).execute()) {
      // Active connections: 2 \n server accepts handled requests \n 10 10 20 \n Reading: ...
      String[] lines = response.body().string().split("\n");
      String[] numbers = lines[2].trim().split("\\s+");
      return Optional.of(new long[] {Long.parseLong(numbers[0]), Long.parseLong(numbers[2])});
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } finally {
      http.connectionPool().evictAll();
      http.dispatcher().executorService().shutdown();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void readableByAll(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x"
          : "rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: nothing to do
    }
  }

  private static String version(String nginx) {
    try {
      Process v = new ProcessBuilder(nginx, "-v").redirectErrorStream(true).start();
      String text = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      v.waitFor(5, TimeUnit.SECONDS);
      return text.replace("nginx version: ", "");
    } catch (IOException e) {
      return "nginx";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "nginx";
    }
  }

  /** Stops the server process (and, for nginx, its workers: the master stops them on SIGTERM). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
