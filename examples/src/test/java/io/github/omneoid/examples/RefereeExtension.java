package io.github.omneoid.examples;

import io.github.omneoid.referee.Finding;
import io.github.omneoid.referee.KnownViolations;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test whose exchanges with the sandbox broke the published spec in a way the known-violations list does
 * not name, with the operation, field and message of each. Registered for every test of this module through
 * {@code META-INF/services} (extension auto-detection is on in {@code junit-platform.properties}).
 */
public final class RefereeExtension implements BeforeEachCallback, AfterEachCallback {

  static final String GATE = "e2e";

  @Override
  public void beforeEach(ExtensionContext context) {
    Refereed.startTest(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod()
        .getName());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<Finding> found = Refereed.endTest();
    KnownViolations known = KnownViolations.load();
    List<Finding> unexpected = found.stream().filter(f -> !known.isKnown(GATE, f.violation()))
        .collect(Collectors.toList());
    if (!unexpected.isEmpty()) {
      StringBuilder message = new StringBuilder("The referee (the published spec, judged by"
          + " swagger-request-validator) found violations in this test's exchanges with the sandbox:\n");
      unexpected.forEach(f -> message.append("  ").append(f).append('\n'));
      message.append("Fix the sandbox or the spec. Only a disagreement already being reconciled elsewhere may be"
          + " listed, in ").append(KnownViolations.FILE).append(":\n");
      unexpected.stream().map(f -> KnownViolations.entry(GATE, f.violation())).distinct()
          .forEach(line -> message.append("  ").append(line).append('\n'));
      throw new AssertionError(message.toString());
    }
  }
}
