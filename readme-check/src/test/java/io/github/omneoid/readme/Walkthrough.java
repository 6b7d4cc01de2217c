package io.github.omneoid.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README's "Regenerating on API changes", as data: its edits and the output it promises. Each code block of the
 * walkthrough is preceded by an HTML comment (invisible on GitHub) that says where it goes:
 *
 * <pre>
 * &lt;!-- walkthrough: FILE after "LINE" --&gt;           inserted after the one line equal to LINE
 * &lt;!-- walkthrough: FILE before last "LINE" --&gt;     inserted before the last line equal to LINE
 * &lt;!-- walkthrough-breaking: FILE replace "LINE" --&gt; the breaking-change example: replaces that one line
 * &lt;!-- walkthrough-output: LABEL --&gt;                what the console must show, line by line
 * </pre>
 */
record Walkthrough(List<Edit> additions, List<Edit> breaking, Map<String, List<String>> outputs) {

  private static final Pattern EDIT =
      Pattern.compile("<!-- walkthrough(-breaking)?: (\\S+) (after|before last|replace) \"(.*)\" -->");
  private static final Pattern OUTPUT = Pattern.compile("<!-- walkthrough-output: (.+) -->");

  /** One block and where it goes. */
  record Edit(String file, String where, String anchor, List<String> lines) {

    /** Applies the edit to the file under {@code root}; fails naming the edit when its anchor is not unique. */
    void applyTo(Path root) {
      Path path = root.resolve(file);
      try {
        List<String> text = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        int at = locate(text);
        switch (where) {
          case "after" -> text.addAll(at + 1, lines);
          case "before last" -> text.addAll(at, lines);
          default -> {
            text.remove(at);
            text.addAll(at, lines);
          }
        }
        Files.write(path, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private int locate(List<String> text) {
      int first = text.indexOf(anchor);
      int last = text.lastIndexOf(anchor);
      if (first < 0) {
        throw new IllegalStateException(this + ": no line \"" + anchor + "\" in " + file);
      }
      if (first != last && !"before last".equals(where)) {
        throw new IllegalStateException(this + ": more than one line \"" + anchor + "\" in " + file);
      }
      return "before last".equals(where) ? last : first;
    }

    @Override
    public String toString() {
      return "walkthrough block for " + file + " " + where + " \"" + anchor + "\"";
    }
  }

  static Walkthrough read(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    List<Edit> additions = new ArrayList<>();
    List<Edit> breaking = new ArrayList<>();
    Map<String, List<String>> outputs = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher edit = EDIT.matcher(lines.get(i).trim());
      Matcher output = OUTPUT.matcher(lines.get(i).trim());
      if (edit.matches()) {
        Edit e = new Edit(edit.group(2), edit.group(3), edit.group(4), block(lines, i));
        (edit.group(1) == null ? additions : breaking).add(e);
      } else if (output.matches()) {
        outputs.put(output.group(1), block(lines, i));
      }
    }
    return new Walkthrough(additions, breaking, outputs);
  }

  /** The fenced block right after line {@code marker}. */
  private static List<String> block(List<String> lines, int marker) {
    int open = marker + 1;
    if (open >= lines.size() || !lines.get(open).startsWith("```")) {
      throw new IllegalStateException("README line " + (marker + 1) + ": a walkthrough marker must be followed by a"
          + " fenced block");
    }
    int close = open + 1;
    while (close < lines.size() && !lines.get(close).startsWith("```")) {
      close++;
    }
    return List.copyOf(lines.subList(open + 1, close));
  }

  /** The additions that touch only the spec: what a user has after step 1. */
  List<Edit> specAdditions() {
    return additions.stream().filter(e -> e.file().startsWith("spec/")).toList();
  }

  /** The promised console lines under {@code label}; fails when the README lost the block. */
  List<String> output(String label) {
    List<String> expected = outputs.get(label);
    if (expected == null || expected.isEmpty()) {
      throw new IllegalStateException("README has no walkthrough-output block \"" + label + "\"");
    }
    return expected;
  }
}
