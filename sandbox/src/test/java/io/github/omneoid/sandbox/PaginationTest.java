package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spec's {@code Page} envelopes with page[size] / page[number] and absolute links. */
@OmneoIdSandboxTest
class PaginationTest {
  final OmneoIdSandbox sandbox;
  final Http me;

  PaginationTest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
    ProfileSeed seed = ProfileSeed.random();
    for (int i = 1; i <= 37; i++) {
      seed.points(i);
    }
    this.me = Http.of(sandbox).as(sandbox.mintToken((String) sandbox.seedProfile(seed).get("id")));
  }

  @Test
  void defaultPageIs15WithMetaAndLinks() {
    Http.Resp r = me.get("/profiles/me/points");
    assertThat(r.list("data")).hasSize(15);
    String path = sandbox.baseUrl() + "/profiles/me/points";
    assertThat(r.map("meta")).containsEntry("current_page", 1L).containsEntry("from", 1L)
        .containsEntry("last_page", 3L).containsEntry("path", path).containsEntry("per_page", 15L)
        .containsEntry("to", 15L).containsEntry("total", 37L);
    assertThat(r.str("links.first")).isEqualTo(path + "?page%5Bnumber%5D=1");
    assertThat(r.str("links.last")).isEqualTo(path + "?page%5Bnumber%5D=3");
    assertThat(r.get("links.prev")).isNull();
    assertThat(r.str("links.next")).isEqualTo(path + "?page%5Bnumber%5D=2");
    List<Object> metaLinks = r.list("meta.links");
    assertThat(metaLinks).hasSize(5);
    assertThat(metaLinks.get(0)).isEqualTo(map("url", null, "label", "&laquo; Previous", "active", false));
    assertThat(metaLinks.get(1)).isEqualTo(map("url", path + "?page%5Bnumber%5D=1", "label", "1", "active", true));
  }

  @Test
  void pageSizeAndNumberAreHonouredAndLinksKeepTheQuery() {
    Http.Resp r = me.get("/profiles/me/points?page[size]=10&page[number]=4&sort=-value_initial");
    assertThat(r.list("data")).hasSize(7);
    assertThat(r.get("data.0.value_initial")).isEqualTo("7.00");
    assertThat(r.map("meta")).containsEntry("current_page", 4L).containsEntry("from", 31L)
        .containsEntry("to", 37L).containsEntry("last_page", 4L).containsEntry("per_page", 10L);
    assertThat(r.get("links.next")).isNull();
    String prev = r.str("links.prev");
    assertThat(prev).contains("page%5Bsize%5D=10").contains("sort=-value_initial").contains("page%5Bnumber%5D=3");
    Http.Resp followed = me.get(prev);
    assertThat(followed.get("meta.current_page")).isEqualTo(3L);
    assertThat(followed.get("data.0.value_initial")).isEqualTo("17.00");
  }

  @Test
  void followingNextLinksVisitsEveryItemOnce() {
    java.util.Set<Object> seen = new java.util.HashSet<>();
    String url = sandbox.baseUrl() + "/profiles/me/points?page%5Bsize%5D=8";
    int pages = 0;
    while (url != null) {
      Http.Resp r = me.get(url);
      for (Object o : r.list("data")) {
        assertThat(seen.add(((Map<?, ?>) o).get("id"))).isTrue();
      }
      url = r.str("links.next");
      pages++;
    }
    assertThat(seen).hasSize(37);
    assertThat(pages).isEqualTo(5);
  }

  @Test
  void beyondTheLastPageAndJunkParameters() {
    Http.Resp r = me.get("/profiles/me/points?page[number]=99");
    assertThat(r.status).isEqualTo(200);
    assertThat(r.list("data")).isEmpty();
    assertThat(r.get("meta.from")).isNull();
    assertThat(r.get("meta.to")).isNull();
    assertThat(r.get("meta.total")).isEqualTo(37L);
    Http.Resp junk = me.get("/profiles/me/points?page[size]=abc&page[number]=-2");
    assertThat(junk.get("meta.per_page")).isEqualTo(15L);
    assertThat(junk.get("meta.current_page")).isEqualTo(1L);
    Http.Resp legacy = me.get("/profiles/me/points?per_page=5&page=2");
    assertThat(legacy.get("meta.per_page")).isEqualTo(5L);
    assertThat(legacy.get("meta.current_page")).isEqualTo(2L);
  }

  @Test
  void emptyPage() {
    Http other = Http.of(sandbox).as(sandbox.mintToken((String) sandbox.seedProfile().get("id")));
    Http.Resp r = other.get("/profiles/me/rewards");
    assertThat(r.list("data")).isEmpty();
    assertThat(r.map("meta")).containsEntry("total", 0L).containsEntry("last_page", 1L).containsEntry("from", null);
  }
}
