package io.github.omneoid.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Laravel-style field validation into an {@link ApiException.Validation} (messages as Laravel 10 words them). */
final class Check {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2})?$");

  private Check() {}

  static String label(String key) {
    String k = key;
    int dot = k.lastIndexOf('.');
    if (dot >= 0) {
      k = k.substring(dot + 1);
    }
    return k.replace('_', ' ');
  }

  static boolean required(ApiException.Validation v, Map<String, Object> body, String key, String field) {
    Object o = body.get(key);
    if (o == null || (o instanceof String && ((String) o).trim().isEmpty())
        || (o instanceof List && ((List<?>) o).isEmpty())) {
      v.add(field, "The " + label(key) + " field is required.");
      return false;
    }
    return true;
  }

  static boolean required(ApiException.Validation v, Map<String, Object> body, String key) {
    return required(v, body, key, key);
  }

  /** If present: must be a string (or null when nullable). */
  static void string(ApiException.Validation v, Map<String, Object> body, String key, boolean nullable, String field) {
    if (!body.containsKey(key)) {
      return;
    }
    Object o = body.get(key);
    if (o == null ? !nullable : !(o instanceof String)) {
      v.add(field, "The " + label(key) + " field must be a string.");
    }
  }

  static void string(ApiException.Validation v, Map<String, Object> body, String key, boolean nullable) {
    string(v, body, key, nullable, key);
  }

  /** Strings or numbers: ids, postcodes and coordinates arrive either way in the public sources. */
  static void scalar(ApiException.Validation v, Map<String, Object> body, String key, String field) {
    if (!body.containsKey(key)) {
      return;
    }
    Object o = body.get(key);
    if (o != null && !(o instanceof String) && !(o instanceof Number)) {
      v.add(field, "The " + label(key) + " field must be a string.");
    }
  }

  static void integer(ApiException.Validation v, Map<String, Object> body, String key, boolean nullable,
      long min, long max, String field) {
    if (!body.containsKey(key)) {
      return;
    }
    Object o = body.get(key);
    if (o == null) {
      if (!nullable) {
        v.add(field, "The " + label(key) + " field must be an integer.");
      }
      return;
    }
    if (!(o instanceof Long)) {
      v.add(field, "The " + label(key) + " field must be an integer.");
      return;
    }
    long l = (Long) o;
    if (l < min || l > max) {
      v.add(field, "The " + label(key) + " field must be between " + min + " and " + max + ".");
    }
  }

  static void integer(ApiException.Validation v, Map<String, Object> body, String key, boolean nullable) {
    integer(v, body, key, nullable, Long.MIN_VALUE, Long.MAX_VALUE, key);
  }

  static void number(ApiException.Validation v, Map<String, Object> body, String key, boolean nullable,
      String field) {
    if (!body.containsKey(key)) {
      return;
    }
    Object o = body.get(key);
    if (o == null ? !nullable : !(o instanceof Number)) {
      v.add(field, "The " + label(key) + " field must be a number.");
    }
  }

  /** Booleans; 0/1 are accepted too, as Laravel's boolean rule does. */
  static void bool(ApiException.Validation v, Map<String, Object> body, String key, boolean nullable, String field) {
    if (!body.containsKey(key)) {
      return;
    }
    Object o = body.get(key);
    if (o == null ? !nullable : !(o instanceof Boolean || Long.valueOf(0).equals(o) || Long.valueOf(1).equals(o))) {
      v.add(field, "The " + label(key) + " field must be true or false.");
    }
  }

  static void bool(ApiException.Validation v, Map<String, Object> body, String key, boolean nullable) {
    bool(v, body, key, nullable, key);
  }

  static Object asBool(Object o) {
    if (Long.valueOf(1).equals(o)) {
      return Boolean.TRUE;
    }
    if (Long.valueOf(0).equals(o)) {
      return Boolean.FALSE;
    }
    return o;
  }

  static void oneOf(ApiException.Validation v, Map<String, Object> body, String key, boolean nullable,
      Set<String> allowed, String field) {
    if (!body.containsKey(key)) {
      return;
    }
    Object o = body.get(key);
    if (o == null ? !nullable : !(o instanceof String && allowed.contains(o))) {
      v.add(field, "The selected " + label(key) + " is invalid.");
    }
  }

  static void email(ApiException.Validation v, Map<String, Object> body, String key, String field) {
    if (!body.containsKey(key) || body.get(key) == null) {
      return;
    }
    Object o = body.get(key);
    if (!(o instanceof String)) {
      v.add(field, "The " + label(key) + " field must be a string.");
    } else if (!EMAIL.matcher(((String) o).trim()).matches()) {
      v.add(field, "The " + label(key) + " field must be a valid email address.");
    }
  }

  static void date(ApiException.Validation v, Map<String, Object> body, String key, boolean nullable,
      String field) {
    if (!body.containsKey(key)) {
      return;
    }
    Object o = body.get(key);
    if (o == null ? !nullable : !(o instanceof String && DATE.matcher((String) o).matches())) {
      v.add(field, "The " + label(key) + " field must match the format Y-m-d.");
    }
  }

  static void timestamp(ApiException.Validation v, Map<String, Object> body, String key, boolean nullable) {
    if (!body.containsKey(key)) {
      return;
    }
    Object o = body.get(key);
    if (o == null ? !nullable : !(o instanceof String && TIMESTAMP.matcher((String) o).matches())) {
      v.add(key, "The " + label(key) + " field must be a valid date.");
    }
  }

  static void object(ApiException.Validation v, Map<String, Object> body, String key, boolean nullable) {
    if (!body.containsKey(key)) {
      return;
    }
    Object o = body.get(key);
    if (o == null ? !nullable : !(o instanceof Map)) {
      v.add(key, "The " + label(key) + " field must be an object.");
    }
  }

  static void stringArray(ApiException.Validation v, Map<String, Object> body, String key, boolean nullable) {
    if (!body.containsKey(key)) {
      return;
    }
    Object o = body.get(key);
    if (o == null) {
      if (!nullable) {
        v.add(key, "The " + label(key) + " field must be an array.");
      }
      return;
    }
    if (!(o instanceof List)) {
      v.add(key, "The " + label(key) + " field must be an array.");
      return;
    }
    List<?> l = (List<?>) o;
    for (int i = 0; i < l.size(); i++) {
      if (!(l.get(i) instanceof String)) {
        v.add(key + "." + i, "The " + key + "." + i + " field must be a string.");
      }
    }
  }

  static boolean isEmail(Object o) {
    return o instanceof String && EMAIL.matcher(((String) o).trim()).matches();
  }
}
