package io.github.omneoid.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.model.ProfileEnvelope;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One cold start, run by the harness as a child JVM: from the JVM's start to the first successful profile read, then
 * exit. Mode {@code client}: {@code OmneoId.builder()...build().profile().get()}; mode {@code raw}: OkHttp set up like
 * the client + Moshi reading the same generated model. It prints {@code cold-start <uptime-ms> <cpu-ms>}: the JVM's
 * uptime and the process CPU time at that moment (the harness measures the wall time itself, from the process start).
 *
 * <pre>
 * java -cp benchmarks.jar io.github.omneoid.benchmarks.ColdStart client|raw &lt;base-url&gt; &lt;token&gt;
 * </pre>
 */
public final class ColdStart {

  /** The first word of the line the harness reads. */
  static final String MARK = "cold-start";

  private ColdStart() {
  }

  /** What one child reported. */
  static final class Sample {
    final double wallMillis;
    final double cpuMillis;

    Sample(double wallMillis, double cpuMillis) {
      this.wallMillis = wallMillis;
      this.cpuMillis = cpuMillis;
    }
  }

  /**
   * Runs one cold start in a child JVM: the same java binary and class path as this one, the same flags for both
   * modes, no heap sizing.
   *
   * @param mode {@code client} or {@code raw}
   * @param log where the child's standard error goes
   * @return the wall time from starting the process to its report, and the child's CPU time at that moment
   */
  static Sample runChild(String mode, String baseUrl, String token, List<String> flags, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStart.class.getName(), mode, baseUrl,
        token));
    long start = System.nanoTime();
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith(MARK + " ")) {
          double wall = (System.nanoTime() - start) / 1e6;
          String[] parts = line.split(" ");
          child.waitFor(30, TimeUnit.SECONDS);
          return new Sample(wall, Double.parseDouble(parts[2]));
        }
      }
    } finally {
      if (!child.waitFor(30, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    }
    throw new IOException("the " + mode + " cold start exited with " + child.exitValue() + " without a report; see "
        + log);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !(args[0].equals("client") || args[0].equals("raw"))) {
      System.err.println("usage: ColdStart client|raw <base-url> <token>");
      System.exit(2);
    }
    String baseUrl = args[1];
    String token = args[2];
    String id;
    if (args[0].equals("client")) {
      id = OmneoId.builder().baseUrl(baseUrl).idToken(token).build().profile().get().getId();
    } else {
      OkHttpClient http = Bench.likeTheClient(Bench.CLIENT_POOL, 30_000);
      Request request = new Request.Builder().url(baseUrl + "/profiles/me").header("Authorization", "Bearer " + token)
          .header("Accept", "application/json").build();
      try (Response response = http.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        id = OmneoJson.moshi().adapter(ProfileEnvelope.class).fromJson(response.body().source()).getData().getId();
      }
    }
    Bench.check(id, args[0]);
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    long cpu = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    System.out.printf(Locale.ROOT, "%s %d %.1f%n", MARK, uptime, cpu / 1e6);
    System.out.flush();
    // OkHttp's threads are not daemons everywhere: a cold start ends here.
    System.exit(0);
  }
}
