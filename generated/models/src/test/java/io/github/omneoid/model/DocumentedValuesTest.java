package io.github.omneoid.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.json.SchemaDriftListener;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The client reads the values the docs show (issue 20, point 3), strictly: no schema drift. Listed values become
 * their constants ({@code fixed}, {@code percentage} from docs.omneo.io/dev-guides/incentives/creating-a-reward-definition;
 * the capitals of docs.omneo.io/concepts/profiles/core-fields); a ledger type, which v3 types as a free string, is a
 * string, whatever its value.
 */
class DocumentedValuesTest {

  private static <T> T strict(String json, Class<T> type) throws IOException {
    return OmneoJson.parse(json, type, SchemaDriftListener.strict());
  }

  @Test
  void rewardDefinitionTypesOfTheGuideAreConstants() throws IOException {
    assertThat(strict("{\"type\": \"fixed\"}", RewardDefinition.class).getType()).isSameAs(RewardType.FIXED);
    assertThat(strict("{\"type\": \"percentage\"}", RewardDefinition.class).getType())
        .isSameAs(RewardType.PERCENTAGE);
  }

  @Test
  void gendersInCapitalsAreConstantsBesideTheLowerCaseOnes() throws IOException {
    assertThat(strict("{\"gender\": \"MALE\"}", Profile.class).getGender()).isSameAs(Gender.MALE_UPPERCASE);
    assertThat(strict("{\"gender\": \"WITHHELD\"}", Profile.class).getGender().value()).isEqualTo("WITHHELD");
    assertThat(strict("{\"gender\": \"male\"}", Profile.class).getGender()).isSameAs(Gender.MALE);
  }

  @Test
  void aLedgerTypeNoSourceListsIsKeptAsSent() throws IOException {
    assertThat(strict("{\"type\": \"adjustment\"}", Ledger.class).getType()).isEqualTo("adjustment");
    assertThat(strict("{\"type\": \"order\"}", Ledger.class).getType()).isEqualTo("order");
  }
}
