package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Repeated keys and list values: what {@link Query} keeps, what it sends, and what it refuses. */
class QueryTest {

  @Test
  void aKeyGivenSeveralValuesIsSentOncePerValueInOrder() {
    Query query = Query.of().filter("claimed_at", "2020-10-10").params("tags[]", "csv", "download")
        .params("ids[]", Arrays.asList(3, 4L)).params("flags[]", true, false);

    List<String> sent = new ArrayList<>();
    for (Map.Entry<String, String> entry : query.toMap().entrySet()) {
      sent.add(entry.getKey() + "=" + entry.getValue());
    }
    assertThat(sent).containsExactly("filter[claimed_at]=2020-10-10", "tags[]=csv", "tags[]=download", "ids[]=3",
        "ids[]=4", "flags[]=1", "flags[]=0");
    assertThat(query.toMap()).hasSize(7);
    assertThat(query.toMap().get("tags[]")).as("a map lookup gives the first value").isEqualTo("csv");
    assertThat(query.values("tags[]")).containsExactly("csv", "download");
    assertThat(query.values("nothing")).isEmpty();
    assertThat(query.toMultimap()).containsOnlyKeys("filter[claimed_at]", "tags[]", "ids[]", "flags[]");
  }

  @Test
  void settingAKeyAgainReplacesAllItsValues() {
    Query query = Query.of().params("tags[]", "csv", "download").param("tags[]", "demo");

    assertThat(query.values("tags[]")).containsExactly("demo");
    assertThat(query.params("tags[]", "x").values("tags[]")).containsExactly("x");
    assertThat(query).isEqualTo(Query.of().param("tags[]", "demo"));
  }

  @Test
  void theQueryIsImmutable() {
    Query tags = Query.of().params("tags[]", "csv");
    tags.params("tags[]", "download");

    assertThat(tags.values("tags[]")).containsExactly("csv");
    assertThatThrownBy(() -> tags.values("tags[]").add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> tags.toMap().entrySet().iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void badListValuesAreRefusedNamingTheKey() {
    assertThatThrownBy(() -> Query.of().params("tags[]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("query parameter 'tags[]' needs at least one value");
    assertThatThrownBy(() -> Query.of().params("tags[]", Collections.emptyList()))
        .hasMessage("query parameter 'tags[]' needs at least one value");
    assertThatThrownBy(() -> Query.of().params("tags[]", "csv", null))
        .hasMessage("value of query parameter 'tags[]' must not be null");
    assertThatThrownBy(() -> Query.of().params("tags[]", (Object[]) null))
        .hasMessage("values of query parameter 'tags[]' must not be null");
    assertThatThrownBy(() -> Query.of().params(" ", "csv")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Query.of().param("tags[]", Arrays.asList("csv", "download")))
        .hasMessageContaining("is a collection: use params(\"tags[]\", ...)");
    assertThatThrownBy(() -> Query.of().param("tags[]", new String[] {"csv"}))
        .hasMessageContaining("is a collection");
  }
}
