package io.github.omneoid.referee;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The committed list of violations the referee gates tolerate for now ({@value #FILE}): the spec, the sandbox and
 * the contracts are being reconciled, and each entry is a known disagreement waiting for its fix. One entry a line:
 *
 * <pre>{@code <gate> <operation> <part> <field> <rule> | <message>}</pre>
 * e.g. {@code pact getMyProfile response 200 /data/id validation.response.body.schema.type | Instance type
 * (integer) ...}. Everything before {@code " | "} is the stable key a gate matches ({@link Violation#key()} after
 * the gate's name); the message is for the reader. {@code #} starts a comment line.
 *
 * <p>A gate fails on a violation that is not listed, <b>and</b> on a listed entry it no longer sees: the list can
 * only shrink, and the goal is an empty one.
 */
public final class KnownViolations {

  /** Where the list lives in the repository. */
  public static final String FILE = "referee/src/main/resources/io/github/omneoid/referee/known-violations.txt";
  static final String RESOURCE = "io/github/omneoid/referee/known-violations.txt";
  static final String SEPARATOR = " | ";

  /** gate -> key -> message. */
  private final Map<String, Map<String, String>> entries;

  private KnownViolations(Map<String, Map<String, String>> entries) {
    this.entries = entries;
  }

  /** The committed list, from the classpath (the referee jar). */
  public static KnownViolations load() {
    try (InputStream in = KnownViolations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
      return parse(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static KnownViolations parse(List<String> lines) {
    Map<String, Map<String, String>> entries = new TreeMap<>();
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int bar = line.indexOf(SEPARATOR);
      if (bar < 0) {
        throw new IllegalArgumentException(FILE + ":" + number + ": an entry is '<gate> <key> | <message>': " + raw);
      }
      String head = line.substring(0, bar).trim();
      int space = head.indexOf(' ');
      if (space < 0) {
        throw new IllegalArgumentException(FILE + ":" + number + ": no key after the gate: " + raw);
      }
      String gate = head.substring(0, space);
      String key = head.substring(space + 1).trim();
      if (entries.computeIfAbsent(gate, g -> new LinkedHashMap<>())
          .put(key, line.substring(bar + SEPARATOR.length()).trim()) != null) {
        throw new IllegalArgumentException(FILE + ":" + number + ": listed twice: " + raw);
      }
    }
    return new KnownViolations(entries);
  }

  public boolean isKnown(String gate, Violation violation) {
    return entries.getOrDefault(gate, Map.of()).containsKey(violation.key());
  }

  /** The listed keys of one gate. */
  public Set<String> keys(String gate) {
    return new LinkedHashSet<>(entries.getOrDefault(gate, Map.of()).keySet());
  }

  /** The line to add to the list for this violation. */
  public static String entry(String gate, Violation violation) {
    return gate + " " + violation.key() + SEPARATOR + violation.message();
  }

  /**
   * The gate's verdict over everything it saw in a complete run: the violations not listed, and the listed entries
   * it did not see.
   */
  public Verdict verdict(String gate, Collection<Finding> findings) {
    Map<String, Finding> unexpected = new TreeMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Finding f : findings) {
      seen.add(f.violation().key());
      if (!isKnown(gate, f.violation())) {
        unexpected.merge(f.violation().key(), f, (a, b) -> a);
      }
    }
    List<String> stale = new ArrayList<>();
    entries.getOrDefault(gate, Map.of()).forEach((key, message) -> {
      if (!seen.contains(key)) {
        stale.add(gate + " " + key + SEPARATOR + message);
      }
    });
    return new Verdict(gate, new ArrayList<>(unexpected.values()), stale);
  }
}
