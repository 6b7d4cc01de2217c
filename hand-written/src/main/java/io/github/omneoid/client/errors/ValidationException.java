package io.github.omneoid.client.errors;

import java.util.List;
import java.util.Map;

/**
 * HTTP 422: the server rejected the payload. {@link #errors()} is the Laravel field map, e.g.
 * {@code {"mobile_phone": ["The phone number exists"]}}.
 */
public class ValidationException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  private final Map<String, List<String>> errors;

  public ValidationException(HttpErrorDetails details) {
    super(details);
    this.errors = details.fieldErrors();
  }

  /** @return field name → messages; empty when the body had no {@code errors} map */
  public Map<String, List<String>> errors() {
    return errors;
  }

  /** @return whether the field has an error message equal to {@code message} */
  public boolean hasError(String field, String message) {
    List<String> messages = errors.get(field);
    return messages != null && messages.contains(message);
  }
}
