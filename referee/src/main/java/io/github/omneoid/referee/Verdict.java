package io.github.omneoid.referee;

import java.util.List;

/**
 * What a referee gate concluded: violations not on the known list (new mistakes) and listed entries no longer seen
 * (fixed mistakes whose line must go). {@link #assertClean()} fails with both, ready to act on.
 */
public final class Verdict {
  private final String gate;
  private final List<Finding> unexpected;
  private final List<String> stale;

  Verdict(String gate, List<Finding> unexpected, List<String> stale) {
    this.gate = gate;
    this.unexpected = List.copyOf(unexpected);
    this.stale = List.copyOf(stale);
  }

  public List<Finding> unexpected() {
    return unexpected;
  }

  public List<String> stale() {
    return stale;
  }

  public boolean clean() {
    return unexpected.isEmpty() && stale.isEmpty();
  }

  /** Throws an {@link AssertionError} that names each operation, field and message, unless the verdict is clean. */
  public void assertClean() {
    if (!clean()) {
      throw new AssertionError(report());
    }
  }

  public String report() {
    StringBuilder out = new StringBuilder();
    if (!unexpected.isEmpty()) {
      out.append("The referee (the published spec, judged by swagger-request-validator) found ")
          .append(unexpected.size()).append(" violation(s) not on the known-violations list [").append(gate)
          .append("]:\n");
      for (Finding f : unexpected) {
        out.append("  ").append(f).append('\n');
      }
      out.append("Fix the spec, the sandbox or the contract, whichever is wrong. Only a disagreement already being"
          + " reconciled elsewhere may be listed, in ").append(KnownViolations.FILE).append(":\n");
      for (Finding f : unexpected) {
        out.append("  ").append(KnownViolations.entry(gate, f.violation())).append('\n');
      }
    }
    if (!stale.isEmpty()) {
      out.append("Known violations that no longer occur [").append(gate).append("]; remove these lines from ")
          .append(KnownViolations.FILE).append(" (the list only shrinks):\n");
      for (String line : stale) {
        out.append("  ").append(line).append('\n');
      }
    }
    return out.toString();
  }
}
