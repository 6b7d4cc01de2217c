package io.github.omneoid.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omneoid.referee.KnownViolations;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The end of the e2e referee gate: runs after every other test class of this module (class order by
 * {@link Order}, {@code junit-platform.properties}) and holds the whole run against the known-violations list: a
 * violation not listed fails (each test already failed for it), and so does a listed {@code e2e} entry that no
 * exchange showed. Running a single test class with {@code -Dtest=...} leaves this class out, as it should.
 */
@Order(Integer.MAX_VALUE)
class RefereeLedgerTest {

  @Test
  void theRunMatchesTheKnownViolationsList() {
    System.out.printf("Referee [e2e]: %d exchanges judged, %d violations (%d distinct keys)%n",
        Refereed.exchanges(), Refereed.all().size(),
        Refereed.all().stream().map(f -> f.violation().key()).distinct().count());
    assertThat(Refereed.exchanges()).as("exchanges the suite had with the sandbox").isPositive();
    KnownViolations.load().verdict(RefereeExtension.GATE, Refereed.all()).assertClean();
  }
}
