package io.github.omneoid.spec.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class SpecYamlTest {

  private static final String SOURCE = ""
      + "openapi: 3.0.3\n"
      + "info:\n"
      + "  title: t\n"
      + "  version: \"1.0\"\n"
      + "  description: |\n"
      + "    Two lines,\n"
      + "    of prose that is longer than eighty columns, so a folding writer would be tempted to break it here.\n"
      + "x-strings: ['2024-02-13', '2024-02-13 04:07:46', '10:30', 'yes', 'off', 'null', '0x1F', '1_000', '200',\n"
      + "  '1e3', '.inf', '~', '', ' lead', 'a: b', '#c', '=', 'y', 'N']\n"
      + "x-values: [1, 1.5, true, null, '007']\n"
      + "paths:\n"
      + "  /x:\n"
      + "    get:\n"
      + "      responses:\n"
      + "        '200': {description: ok}\n"
      + "        default: {description: other}\n";

  @Test
  void whatIsWrittenReadsBackTheSameInYaml11AndYaml12Readers() throws Exception {
    ObjectNode tree = SpecYaml.parse(SOURCE);

    String written = SpecYaml.toYaml(tree);

    assertThat(SpecYaml.parse(written)).as("Jackson (YAML 1.2 scalars)").isEqualTo(tree);
    Object yaml11 = new Yaml().load(written);
    assertThat(yaml11).as("SnakeYAML (YAML 1.1: dates, sexagesimals, yes/no)")
        .isEqualTo(new ObjectMapper().convertValue(tree, Map.class));
  }

  @Test
  void proseStaysALiteralBlockAndKeysKeepTheirOrder() throws Exception {
    String written = SpecYaml.toYaml(SpecYaml.parse(SOURCE));

    assertThat(written).contains("  description: |\n    Two lines,\n    of prose that is longer than eighty columns,"
        + " so a folding writer would be tempted to break it here.\n");
    assertThat(written.indexOf("openapi:")).isLessThan(written.indexOf("info:"));
    assertThat(written.indexOf("info:")).isLessThan(written.indexOf("paths:"));
    assertThat(written).contains("\"200\":");
  }
}
