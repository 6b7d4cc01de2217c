package io.github.omneoid.referee;

/** A violation and where it was seen (the exchange, the pact interaction, the test), for the failure message. */
public final class Finding {
  private final Violation violation;
  private final String where;

  public Finding(Violation violation, String where) {
    this.violation = violation;
    this.where = where;
  }

  public Violation violation() {
    return violation;
  }

  public String where() {
    return where;
  }

  @Override
  public String toString() {
    return violation.line() + "\n      seen in " + where;
  }
}
