package io.github.omneoid.spec.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The build step that derives the published spec from the hand-authored one (run by the spec module's build, see
 * {@code spec/README.md}, "Source spec and published spec").
 *
 * <pre>{@code
 * java io.github.omneoid.spec.publish.PublishSpec <source.yaml> <published.yaml> [--maven-logging-level=N]
 * }</pre>
 *
 * <p>It prints what it did unless Maven's logging level (0 debug, 1 info, 2 warnings, 3 errors, 5 off) says the
 * build is quiet ({@code mvn -q} runs at 3), so that the demo's output starts with the demo.
 *
 * <p>Nothing here ships: the spec jar carries only the published YAML, and this tool's dependencies are
 * {@code provided}.
 */
public final class PublishSpec {

  private static final String LOGGING_LEVEL = "--maven-logging-level=";
  /** Maven's {@code MavenExecutionRequest.LOGGING_LEVEL_INFO}. */
  private static final int INFO = 1;

  private PublishSpec() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2 && args.length != 3) {
      throw new IllegalArgumentException(
          "usage: PublishSpec <source.yaml> <published.yaml> [" + LOGGING_LEVEL + "N]");
    }
    Path source = Paths.get(args[0]);
    Path target = Paths.get(args[1]);
    ObjectNode spec = SpecYaml.read(source);
    Publisher.Result result = Publisher.publish(spec);
    SpecYaml.write(result.spec(), target);
    boolean quiet = args.length == 3 && Integer.parseInt(args[2].substring(LOGGING_LEVEL.length())) > INFO;
    if (!quiet) {
      System.out.println("[publish-spec] " + source.getFileName() + " -> " + target + ": " + result.summary());
    }
  }
}
