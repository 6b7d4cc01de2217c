package io.github.omneoid.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The tolerant reader's rules (generated/models/README.md), one by one, on a model written as the generator writes. */
class TolerantReaderTest {

  private final List<SchemaDrift> drifts = Collections.synchronizedList(new ArrayList<>());
  private final SchemaDriftListener recording = drifts::add;

  private Sample read(String json) throws IOException {
    return OmneoJson.parse(json, Sample.class, recording);
  }

  private List<String> driftLines() {
    List<String> lines = new ArrayList<>();
    for (SchemaDrift drift : drifts) {
      lines.add(drift.toString());
    }
    return lines;
  }

  @Test
  void aBodyOfTheDeclaredShapeReadsWithoutDrift() throws IOException {
    Sample sample = read("{\"id\":7,\"name\":\"Ann\",\"amount\":12.50,\"flag\":true,\"meta\":{\"a\":1},"
        + "\"nested\":{\"label\":\"x\"},\"tags\":[\"a\"],\"children\":[{\"label\":\"c\"}],\"kind\":\"red\","
        + "\"kinds\":[\"blue\"],\"anything\":[1,{\"b\":null}],\"count\":3,\"ratio\":0.5}");

    assertThat(drifts).isEmpty();
    assertThat(sample.id).isEqualTo(7L);
    assertThat(sample.amount.toPlainString()).isEqualTo("12.50");
    assertThat(sample.nested.label).isEqualTo("x");
    assertThat(sample.children.get(0).label).isEqualTo("c");
    assertThat(sample.kind).isSameAs(Sample.Kind.RED);
    assertThat(sample.kinds).containsExactly(Sample.Kind.BLUE);
    assertThat(sample.count).isEqualTo(3);
    assertThat(sample.ratio).isEqualTo(0.5);
    assertThat(OmneoJson.rawProperties(sample)).isEmpty();
  }

  @Test
  void rule1UnknownPropertiesAreKeptRawAndAreNotDrift() throws IOException {
    Sample sample = read("{\"added_next_year\":{\"nested\":[1,2]},\"name\":\"Ann\"}");

    assertThat(drifts).isEmpty();
    assertThat(sample.name).as("properties after the unknown one are read").isEqualTo("Ann");
    assertThat(OmneoJson.raw(sample, "added_next_year")).contains(
        Collections.singletonMap("nested", Arrays.asList(1L, 2L)));
  }

  @Nested
  class Rule2EmptyArrayForAnObject {
    @Test
    void declaredIsSilent() throws IOException {
      Sample sample = read("{\"meta\":[],\"nested\":[]}");

      assertThat(drifts).isEmpty();
      assertThat(sample.meta).isEmpty();
      assertThat(sample.nested).isNotNull();
      assertThat(sample.nested.label).isNull();
    }

    @Test
    void undeclaredIsReadAndReported() throws IOException {
      Sample sample = read("{\"plain_meta\":[],\"plain_nested\":[]}");

      assertThat(sample.plainMeta).isEmpty();
      assertThat(sample.plainNested).isNotNull();
      assertThat(driftLines()).containsExactly(
          "Sample.plain_meta: expected object but was empty array at $.plain_meta",
          "Sample.plain_nested: expected object but was empty array at $.plain_nested");
    }
  }

  @Nested
  class Rule3NumericStringForANumber {
    @Test
    void declaredIsSilentAndKeepsEveryDigit() throws IOException {
      Sample sample = read("{\"amount\":\"80.00\"}");

      assertThat(drifts).isEmpty();
      assertThat(sample.amount.toPlainString()).isEqualTo("80.00");
    }

    @Test
    void undeclaredIsReadAndReported() throws IOException {
      Sample sample = read("{\"plain_amount\":\"80.10\",\"id\":\"42\",\"count\":\" 3 \",\"ratio\":\"0.25\"}");

      assertThat(sample.plainAmount.toPlainString()).isEqualTo("80.10");
      assertThat(sample.id).isEqualTo(42L);
      assertThat(sample.count).isEqualTo(3);
      assertThat(sample.ratio).isEqualTo(0.25);
      assertThat(driftLines()).containsExactly(
          "Sample.plain_amount: expected number but was numeric string at $.plain_amount",
          "Sample.id: expected integer but was numeric string at $.id",
          "Sample.count: expected integer but was numeric string at $.count",
          "Sample.ratio: expected number but was numeric string at $.ratio");
    }
  }

  @Nested
  class Rule4NumberForAString {
    @Test
    void declaredIsSilent() throws IOException {
      Sample sample = read("{\"code\":518}");

      assertThat(drifts).isEmpty();
      assertThat(sample.code).isEqualTo("518");
    }

    @Test
    void undeclaredIsReadAsTextAndReported() throws IOException {
      Sample sample = read("{\"name\":-37.8122382}");

      assertThat(sample.name).isEqualTo("-37.8122382");
      assertThat(driftLines()).containsExactly("Sample.name: expected string but was number at $.name");
    }
  }

  @Nested
  class Rule5ZeroOneAndStringsForABoolean {
    @Test
    void declaredIsSilent() throws IOException {
      assertThat(read("{\"flag\":1}").flag).isTrue();
      assertThat(read("{\"flag\":0}").flag).isFalse();
      assertThat(read("{\"flag\":\"true\"}").flag).isTrue();
      assertThat(read("{\"flag\":\"0\"}").flag).isFalse();
      assertThat(drifts).isEmpty();
    }

    @Test
    void undeclaredIsReadAndReported() throws IOException {
      assertThat(read("{\"plain_flag\":1}").plainFlag).isTrue();
      assertThat(read("{\"plain_flag\":\"false\"}").plainFlag).isFalse();
      assertThat(driftLines()).containsExactly(
          "Sample.plain_flag: expected boolean but was 0 or 1 at $.plain_flag",
          "Sample.plain_flag: expected boolean but was string at $.plain_flag");
    }

    @Test
    void otherNumbersAndWordsDoNotFit() throws IOException {
      Sample sample = read("{\"flag\":2,\"plain_flag\":\"yes\"}");

      assertThat(sample.flag).isNull();
      assertThat(sample.plainFlag).isNull();
      assertThat(OmneoJson.raw(sample, "flag")).contains(2L);
      assertThat(OmneoJson.raw(sample, "plain_flag")).contains("yes");
      assertThat(drifts).hasSize(2);
    }
  }

  @Nested
  class Rule6AShapeThatFitsNowhere {
    @Test
    void anObjectWhereANumberIsDeclared() throws IOException {
      Sample sample = read("{\"plain_amount\":{\"id\":1,\"rate\":\"1.5\"},\"name\":\"after\"}");

      assertThat(sample.plainAmount).isNull();
      assertThat(sample.name).isEqualTo("after");
      assertThat(OmneoJson.raw(sample, "plain_amount")).hasValueSatisfying(raw ->
          assertThat(((Map<?, ?>) raw).get("rate")).isEqualTo("1.5"));
      assertThat(driftLines()).containsExactly("Sample.plain_amount: expected number but was object at $.plain_amount");
    }

    @Test
    void aScalarWhereAnObjectIsDeclaredIsSilentOnlyWhenDeclared() throws IOException {
      Sample sample = read("{\"nested\":1.5,\"plain_nested\":\"x\"}");

      assertThat(sample.nested).isNull();
      assertThat(sample.plainNested).isNull();
      assertThat(OmneoJson.raw(sample, "nested")).contains(new java.math.BigDecimal("1.5"));
      assertThat(OmneoJson.raw(sample, "plain_nested")).contains("x");
      assertThat(driftLines()).containsExactly("Sample.plain_nested: expected object but was string at $.plain_nested");
    }

    @Test
    void arraysWhereAScalarOrAnObjectIsDeclared() throws IOException {
      Sample sample = read("{\"name\":[\"a\"],\"plain_meta\":[1,2],\"tags\":{\"0\":\"a\"}}");

      assertThat(sample.name).isNull();
      assertThat(sample.plainMeta).isNull();
      assertThat(sample.tags).isNull();
      assertThat(OmneoJson.raw(sample, "plain_meta")).contains(Arrays.asList(1L, 2L));
      assertThat(OmneoJson.raw(sample, "tags")).contains(Collections.singletonMap("0", "a"));
      assertThat(driftLines()).containsExactly(
          "Sample.name: expected string but was array at $.name",
          "Sample.plain_meta: expected object but was array at $.plain_meta",
          "Sample.tags: expected array but was object at $.tags");
    }

    @Test
    void aNonNumericStringOrADecimalWhereANumberOrAnIntegerIsDeclared() throws IOException {
      Sample sample = read("{\"amount\":\"n/a\",\"id\":1.5,\"count\":99999999999}");

      assertThat(sample.amount).isNull();
      assertThat(sample.id).isNull();
      assertThat(sample.count).isNull();
      assertThat(OmneoJson.raw(sample, "amount")).contains("n/a");
      assertThat(OmneoJson.raw(sample, "id")).contains(new java.math.BigDecimal("1.5"));
      assertThat(OmneoJson.raw(sample, "count")).contains(99999999999L);
      assertThat(driftLines()).containsExactly(
          "Sample.amount: expected number but was string at $.amount",
          "Sample.id: expected integer but was decimal number at $.id",
          "Sample.count: expected integer but was decimal number at $.count");
    }

    @Test
    void theRawValueIsWrittenBackSoNothingIsLost() throws IOException {
      Sample sample = read("{\"plain_amount\":{\"rate\":1},\"name\":\"Ann\",\"later\":true}");

      assertThat(OmneoJson.toJson(sample, Sample.class))
          .isEqualTo("{\"name\":\"Ann\",\"plain_amount\":{\"rate\":1},\"later\":true}");
    }
  }

  @Test
  void rule7NullWhereTheSpecDoesNotAllowIt() throws IOException {
    Sample sample = read("{\"name\":null,\"meta\":null,\"nested\":null}");

    assertThat(sample.name).isNull();
    assertThat(driftLines()).containsExactly("Sample.name: expected string but was null at $.name");
  }

  @Test
  void rule8UnknownEnumValuesAreKept() throws IOException {
    Sample sample = read("{\"kind\":\"green\",\"kinds\":[\"red\",\"purple\"]}");

    assertThat(sample.kind.value()).isEqualTo("green");
    assertThat(sample.kind.isKnown()).isFalse();
    assertThat(sample.kind.known()).isEmpty();
    assertThat(sample.kind).isEqualTo(Sample.Kind.of("green")).isNotEqualTo(Sample.Kind.RED);
    assertThat(sample.kinds).extracting(OpenEnum::value).containsExactly("red", "purple");
    assertThat(driftLines()).containsExactly(
        "Sample.kind: expected one of the values the spec lists but was another string at $.kind",
        "Sample.kinds: expected one of the values the spec lists but was another string at $.kinds[1]");
    assertThat(OmneoJson.toJson(sample, Sample.class)).isEqualTo("{\"kind\":\"green\",\"kinds\":[\"red\",\"purple\"]}");
  }

  @Test
  void rule9InsideListsAValueThatFitsNowhereBecomesNull() throws IOException {
    Sample sample = read("{\"tags\":[\"a\",7,{\"x\":1},\"b\"],\"children\":[{\"label\":\"c\"},\"oops\",[]]}");

    assertThat(sample.tags).containsExactly("a", "7", null, "b");
    assertThat(sample.children).hasSize(3);
    assertThat(sample.children.get(0).label).isEqualTo("c");
    assertThat(sample.children.get(1)).isNull();
    assertThat(sample.children.get(2)).as("[] is an empty object").isNotNull();
    assertThat(driftLines()).containsExactly(
        "Sample.tags: expected string but was number at $.tags[1]",
        "Sample.tags: expected string but was object at $.tags[2]",
        "Sample.children: expected object but was string at $.children[1]",
        "Sample.children: expected object but was empty array at $.children[2]");
  }

  @Test
  void rule9AnItemThatFitsNowhereKeepsTheWholeListRaw() throws IOException {
    Sample sample = read("{\"children\":[{\"label\":\"c\"},7],\"payments\":[\"EFTPOS\",{\"label\":\"card\"}]}");

    assertThat(sample.children.get(1)).isNull();
    assertThat(OmneoJson.raw(sample, "children")).contains(
        Arrays.asList(Collections.singletonMap("label", "c"), 7L));
    assertThat(sample.payments.get(0)).isNull();
    assertThat(sample.payments.get(1).label).isEqualTo("card");
    assertThat(OmneoJson.raw(sample, "payments")).contains(
        Arrays.asList("EFTPOS", Collections.singletonMap("label", "card")));
    assertThat(driftLines()).as("a bare code in payments is declared (x-omneo-also on the items)")
        .containsExactly("Sample.children: expected object but was number at $.children[1]");
    assertThat(OmneoJson.toJson(sample, Sample.class)).as("written back as it came")
        .isEqualTo("{\"children\":[{\"label\":\"c\"},7],\"payments\":[\"EFTPOS\",{\"label\":\"card\"}]}");
  }

  @Test
  void rule10AReportNamesWhereAndWhichTypesButNeverTheValue() throws IOException {
    read("{\"nested\":{\"label\":{\"secret\":\"ann@example.com\"}}}");

    assertThat(drifts).containsExactly(new SchemaDrift("Nested", "label", "string", "object", "$.nested.label"));
    assertThat(drifts.get(0).toString()).doesNotContain("ann@example.com");
  }

  @Test
  void rule10OnceTellsEachModelAndFieldOnce() throws IOException {
    SchemaDriftListener once = SchemaDriftListener.once(recording);
    for (int i = 0; i < 3; i++) {
      OmneoJson.parse("{\"name\":1,\"plain_meta\":[],\"tags\":[1,2]}", Sample.class, once);
    }

    assertThat(driftLines()).containsExactly(
        "Sample.name: expected string but was number at $.name",
        "Sample.plain_meta: expected object but was empty array at $.plain_meta",
        "Sample.tags: expected string but was number at $.tags[0]");
    assertThat(SchemaDriftListener.once(recording)).as("one wrapper per listener").isSameAs(once);
  }

  @Test
  void rule11StrictModeThrowsWhereTheReaderWouldReport() throws IOException {
    assertThat(OmneoJson.parse("{\"meta\":[],\"amount\":\"1.5\",\"code\":5}", Sample.class,
        SchemaDriftListener.strict()).amount).as("declared forms are not drift, even in strict mode")
        .isEqualByComparingTo("1.5");

    assertThatThrownBy(() -> OmneoJson.parse("{\"plain_meta\":[]}", Sample.class, SchemaDriftListener.strict()))
        .isInstanceOf(SchemaDriftException.class)
        .hasMessage("Schema drift (strict mode): Sample.plain_meta: expected object but was empty array at $.plain_meta")
        .extracting(e -> ((SchemaDriftException) e).drift().field()).isEqualTo("plain_meta");
  }

  @Test
  void theDefaultListenerIsStrictUnderTheSystemProperty() {
    String before = System.getProperty(SchemaDriftListener.STRICT_PROPERTY);
    try {
      System.setProperty(SchemaDriftListener.STRICT_PROPERTY, "true");
      assertThat(SchemaDriftListener.defaultListener()).isSameAs(SchemaDriftListener.strict());
      System.setProperty(SchemaDriftListener.STRICT_PROPERTY, "false");
      assertThat(SchemaDriftListener.defaultListener()).isSameAs(SchemaDriftListener.logging());
    } finally {
      if (before == null) {
        System.clearProperty(SchemaDriftListener.STRICT_PROPERTY);
      } else {
        System.setProperty(SchemaDriftListener.STRICT_PROPERTY, before);
      }
    }
  }

  @Test
  void writingLeavesOutNullsAndKeepsAdditionalProperties() {
    Sample sample = Sample.create();
    sample.name = "Ann";
    sample.put("clear_me", null);
    sample.put("extra", Collections.singletonMap("a", 1));

    assertThat(OmneoJson.toJson(sample, Sample.class))
        .isEqualTo("{\"name\":\"Ann\",\"clear_me\":null,\"extra\":{\"a\":1}}");
  }

  @Test
  void readListsAndMapsAreReadOnly() throws IOException {
    Sample sample = read("{\"tags\":[\"a\"],\"meta\":{\"a\":1}}");

    assertThatThrownBy(() -> sample.tags.add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> sample.meta.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aWholeDocumentOfAnotherShapeIsReportedNotThrown() throws IOException {
    Type list = Types.newParameterizedType(List.class, Sample.class);

    assertThat(OmneoJson.<Sample>parse("\"text\"", Sample.class, recording)).isNull();
    assertThat(OmneoJson.<List<Sample>>parse("[{\"name\":\"a\"}]", list, recording)).hasSize(1);
    assertThat(driftLines()).containsExactly("(document).(value): expected object but was string at $");
  }
}
