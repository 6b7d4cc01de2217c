package io.github.omneoid.referee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownViolationsTest {

  private static final Violation ID_TYPE = new Violation("getThing", "response 200", "/data/id",
      "validation.response.body.schema.type", "Instance type (string) does not match");
  private static final Violation NAME_TYPE = new Violation("getThing", "response 200", "/data/name",
      "validation.response.body.schema.type", "Instance type (integer) does not match");

  private static final KnownViolations LIST = KnownViolations.parse(List.of(
      "# a comment",
      "",
      "pact getThing response 200 /data/id validation.response.body.schema.type | Instance type (string) ...",
      "e2e getThing response 200 /data/gone validation.response.body.schema.type | fixed since"));

  @Test
  void aListedViolationIsKnownToItsGateOnly() {
    assertThat(LIST.isKnown("pact", ID_TYPE)).isTrue();
    assertThat(LIST.isKnown("e2e", ID_TYPE)).isFalse();
    assertThat(LIST.isKnown("pact", NAME_TYPE)).isFalse();
  }

  @Test
  void theVerdictFailsOnANewViolationAndSaysWhatLineWouldListIt() {
    Verdict verdict = LIST.verdict("pact", List.of(new Finding(ID_TYPE, "interaction a"),
        new Finding(NAME_TYPE, "interaction b"), new Finding(NAME_TYPE, "interaction c")));

    assertThat(verdict.stale()).isEmpty();
    assertThat(verdict.unexpected()).extracting(Finding::where).containsExactly("interaction b");
    assertThatThrownBy(verdict::assertClean).isInstanceOf(AssertionError.class)
        .hasMessageContaining("getThing response 200 /data/name: Instance type (integer) does not match\n"
            + "      seen in interaction b")
        .hasMessageContaining("pact getThing response 200 /data/name validation.response.body.schema.type"
            + " | Instance type (integer) does not match");
  }

  @Test
  void theVerdictFailsOnAListedViolationThatNoLongerOccurs() {
    Verdict verdict = LIST.verdict("e2e", List.of());

    assertThat(verdict.unexpected()).isEmpty();
    assertThat(verdict.stale()).containsExactly(
        "e2e getThing response 200 /data/gone validation.response.body.schema.type | fixed since");
    assertThatThrownBy(verdict::assertClean).hasMessageContaining("no longer occur")
        .hasMessageContaining("remove these lines");
  }

  @Test
  void aCleanRunPasses() {
    LIST.verdict("pact", List.of(new Finding(ID_TYPE, "interaction a"))).assertClean();
  }

  @Test
  void malformedOrDuplicateLinesAreRefused() {
    assertThatThrownBy(() -> KnownViolations.parse(List.of("pact getThing no message")))
        .hasMessageContaining(":1: an entry is");
    assertThatThrownBy(() -> KnownViolations.parse(List.of("pact a | m", "pact a | n")))
        .hasMessageContaining(":2: listed twice");
  }

  @Test
  void theCommittedListParses() {
    KnownViolations.load();
  }
}
