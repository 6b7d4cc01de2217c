package io.github.omneoid.sandbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

final class TestData {
  private static final AtomicLong N = new AtomicLong();

  private TestData() {}

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** A decimal as the sandbox's JSON trees hold it (numbers are exact: whole ones Long, others BigDecimal). */
  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static List<Object> list(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }

  static String email() {
    return "user" + N.incrementAndGet() + "." + System.nanoTime() + "@example.com";
  }

  static String mobile() {
    return "+614" + String.format("%08d", (System.nanoTime() / 1000 + N.incrementAndGet()) % 100_000_000L);
  }
}
