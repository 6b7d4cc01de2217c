package io.github.omneoid.json;


/** Thrown in strict mode ({@link SchemaDriftListener#strict()}) where the tolerant reader would have reported drift. */
public final class SchemaDriftException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SchemaDrift drift;

  /** @param drift what did not match */
  public SchemaDriftException(SchemaDrift drift) {
    super("Schema drift (strict mode): " + drift);
    this.drift = drift;
  }

  /** @return what did not match; null after Java deserialization */
  public SchemaDrift drift() {
    return drift;
  }
}
