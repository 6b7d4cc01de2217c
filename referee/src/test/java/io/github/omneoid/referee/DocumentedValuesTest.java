package io.github.omneoid.referee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The published spec accepts the values the docs show where the Java enums do not list them (issue 20, point 3),
 * judged by the referee on conformance-corpus bodies with one value changed: a reward definition of type
 * {@code fixed} or {@code percentage} (docs.omneo.io/dev-guides/incentives/creating-a-reward-definition), a gender
 * in capitals (docs.omneo.io/concepts/profiles/core-fields), a ledger type v3 types as a free string
 * (docs.omneo.io/api-reference/ledger/read-ledger). A value of the wrong JSON type is still a violation.
 */
class DocumentedValuesTest {

  private static final Referee REFEREE = Referee.publishedSpec();

  private static String corpus(String operationId) throws IOException {
    Path dir = Paths.get(System.getProperty("omneo.conformance.dir",
        "../hand-written/src/test/resources/io/github/omneoid/client/conformance"));
    return Files.readString(dir.resolve(operationId + ".json"), StandardCharsets.UTF_8);
  }

  private static List<String> violations(String operationId, String body) {
    return REFEREE.judgeResponse(operationId, 200, "application/json", body).stream().map(Violation::toString)
        .collect(Collectors.toList());
  }

  /** The corpus body with its first {@code "key": "from"} replaced by {@code "key": to} (to is raw JSON). */
  private static String with(String body, String key, String from, String to) {
    String target = "\"" + key + "\": \"" + from + "\"";
    assertThat(body).as("the corpus body has %s", target).contains(target);
    return body.replaceFirst(Pattern.quote(target), Matcher.quoteReplacement("\"" + key + "\": " + to));
  }

  /**
   * Each documented value in place of the corpus value {@code from} of {@code key} is accepted; {@code wrongType}
   * (raw JSON) is not.
   */
  private static void accepts(String operationId, String key, String from, String wrongType, String... documented)
      throws IOException {
    String body = corpus(operationId);
    for (String value : documented) {
      assertThat(violations(operationId, with(body, key, from, "\"" + value + "\""))).as(value).isEmpty();
    }
    assertThat(violations(operationId, with(body, key, from, wrongType))).as(wrongType).isNotEmpty();
  }

  @Test
  void rewardDefinitionTypesOfTheGuideAreAccepted() throws IOException {
    accepts("getMyReward", "type", "birthday", "5", "fixed", "percentage", "a-type-no-page-lists");
  }

  @Test
  void gendersInCapitalsAreAccepted() throws IOException {
    accepts("getMyProfile", "gender", "female", "true", "MALE", "FEMALE", "WITHHELD", "OTHER");
  }

  @Test
  void aLedgerTypeIsAnyString() throws IOException {
    accepts("getMyLedger", "type", "transaction", "[]", "adjustment", "order");
  }
}
