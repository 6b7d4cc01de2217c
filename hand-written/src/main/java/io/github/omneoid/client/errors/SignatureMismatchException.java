package io.github.omneoid.client.errors;

/** A signed value (a Shopify {@code customerSignature}) did not match; nothing was sent. */
public class SignatureMismatchException extends OmneoIdException {

  private static final long serialVersionUID = 1L;

  public SignatureMismatchException(String message) {
    super(message);
  }
}
