package io.github.omneoid.spec.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The build step that derives the published spec from the hand-authored one (run by the spec module's build, see
 * {@code spec/README.md}, "Source spec and published spec").
 *
 * <pre>{@code java io.github.omneoid.spec.publish.PublishSpec <source.yaml> <published.yaml>}</pre>
 *
 * <p>Nothing here ships: the spec jar carries only the published YAML, and this tool's dependencies are
 * {@code provided}.
 */
public final class PublishSpec {

  private PublishSpec() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: PublishSpec <source.yaml> <published.yaml>");
    }
    Path source = Paths.get(args[0]);
    Path target = Paths.get(args[1]);
    ObjectNode spec = SpecYaml.read(source);
    Publisher.Result result = Publisher.publish(spec);
    SpecYaml.write(result.spec(), target);
    System.out.println("[publish-spec] " + source.getFileName() + " -> " + target + ": " + result.summary());
  }
}
