package io.github.omneoid.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.provider.junitsupport.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one definition of each provider state holds on both sides of the contract. */
class ProviderStateTest {

  private static PactDslWithProvider builder() {
    return ConsumerPactBuilder.consumer(Contract.CONSUMER).hasPactWith(Contract.PROVIDER);
  }

  @Test
  void theVerificationHandlesExactlyTheDefinedStates() throws NoSuchMethodException {
    State handled = SandboxProviderIT.class.getDeclaredMethod("arrange", Map.class).getAnnotation(State.class);

    assertThat(handled.value()).as("the names on SandboxProviderIT.arrange's @State")
        .containsExactly(Arrays.stream(ProviderState.values()).map(ProviderState::stateName).toArray(String[]::new));
  }

  @Test
  void theContractsDocTabulatesEveryState() throws IOException {
    String doc = Files.readString(Paths.get("..", "docs", "contracts.md"));

    for (ProviderState state : ProviderState.values()) {
      assertThat(doc).as("docs/contracts.md's row for %s", state)
          .contains("| " + state.stateName() + " | " + cell(state.params()) + " | " + cell(state.answerKeys()) + " |");
    }
  }

  private static String cell(List<String> names) {
    return names.isEmpty() ? "—" : names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
  }

  @Test
  void everyStateHasItsOwnName() {
    assertThat(Arrays.stream(ProviderState.values()).map(ProviderState::stateName)).doesNotHaveDuplicates();
  }

  @Test
  void theConsumerPassesExactlyTheDeclaredParams() {
    PactDslWithState state = ProviderState.HAS_ADDRESS.given(builder(), "city", "Melbourne");

    assertThat(state.state).singleElement().satisfies(s -> {
      assertThat(s.getName()).isEqualTo("the profile has an address");
      assertThat(s.getParams()).containsExactly(Map.entry("city", "Melbourne"));
    });
    assertThatThrownBy(() -> ProviderState.HAS_ADDRESS.given(builder(), "town", "Melbourne"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'the profile has an address' takes params [city], not [town]");
    assertThatThrownBy(() -> ProviderState.HAS_BENEFIT.given(builder(), "name", "Birthday coffee"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'the profile has a benefit' takes params [], not [name]");
  }

  @Test
  void theSeedingReadsOnlyTheDeclaredParams() {
    ProviderState.Params params = new ProviderState.Params(ProviderState.HAS_ADDRESS, Map.of("city", "Melbourne"));

    assertThat(params.get("city")).isEqualTo("Melbourne");
    assertThatThrownBy(() -> params.get("postcode")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'the profile has an address' declares no param 'postcode'");
  }

  @Test
  void statesAreFoundByTheNameThePactCarries() {
    assertThat(ProviderState.named("a store exists")).isEqualTo(ProviderState.STORE_EXISTS);
    assertThatThrownBy(() -> ProviderState.named("a dragon exists"))
        .hasMessage("no provider state named 'a dragon exists'");
  }
}
