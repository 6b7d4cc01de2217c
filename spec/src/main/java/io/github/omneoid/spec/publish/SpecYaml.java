package io.github.omneoid.spec.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Reads and writes OpenAPI YAML as an ordered Jackson tree: keys keep their order, nothing is added or dropped. */
public final class SpecYaml {

  private static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
          // A spec's lines are long prose; the default 80-column folding would split them.
          .dumperOptions(dumperOptions())
          .stringQuotingChecker(new Yaml11Quoting())
          .build())
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  private SpecYaml() {
  }

  /**
   * Jackson leaves a string unquoted unless YAML 1.2 would read it as something else; YAML 1.1 readers (SnakeYAML,
   * PyYAML, Ruby) also turn {@code 2024-02-13} into a date and {@code 10:30} into a number. Quote those too, so
   * every reader gets the source's strings back.
   */
  static final class Yaml11Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Pattern YAML11_SCALAR = Pattern.compile(
        "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?" // timestamps
            + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?" // sexagesimal numbers
            + "|[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
            + "|\\.[0-9_]+([eE][-+]?[0-9]+)?|\\.(inf|Inf|INF))" // numbers, underscores and all
            + "|\\.(nan|NaN|NAN)|=|<<|[yYnN]");

    @Override
    public boolean needToQuoteName(String name) {
      return super.needToQuoteName(name) || YAML11_SCALAR.matcher(name).matches();
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || YAML11_SCALAR.matcher(value).matches();
    }
  }

  private static org.yaml.snakeyaml.DumperOptions dumperOptions() {
    org.yaml.snakeyaml.DumperOptions options = new org.yaml.snakeyaml.DumperOptions();
    options.setWidth(Integer.MAX_VALUE);
    options.setSplitLines(false);
    return options;
  }

  public static ObjectNode read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  public static ObjectNode parse(String yaml) throws IOException {
    JsonNode node = MAPPER.readTree(yaml);
    if (!(node instanceof ObjectNode)) {
      throw new IOException("an OpenAPI document must be a mapping at the top");
    }
    return (ObjectNode) node;
  }

  public static String toYaml(JsonNode node) throws IOException {
    return MAPPER.writeValueAsString(node);
  }

  public static void write(JsonNode node, Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(toYaml(node));
    }
  }
}
