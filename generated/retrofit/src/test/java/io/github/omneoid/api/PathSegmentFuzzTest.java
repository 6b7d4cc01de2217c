package io.github.omneoid.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.omneoid.json.OmneoJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Fuzzes path-parameter encoding in the generated Retrofit interfaces: whatever an id or a list handle holds, it
 * must stay inside its own path segment. No network: Retrofit builds the request without sending it.
 *
 * <p>Property: Retrofit refuses the value with {@link IllegalArgumentException} (e.g. {@code .} and {@code ..}),
 * or the URL's decoded path segments are exactly the route's, with one segment equal to the value; same host, no
 * query, no fragment. Checked on {@code AddressesApi.getMyAddress} ({@code .../addresses/{addressId}}, last
 * segment) and {@code ListItemsApi.listMyListItems} ({@code .../lists/{list}/items}, a middle segment).
 */
class PathSegmentFuzzTest {

  private static final HttpUrl BASE = HttpUrl.get("http://127.0.0.1/id/api/v1/");
  private static final List<String> PREFIX = Arrays.asList("id", "api", "v1", "profiles", "me");

  private static final Retrofit RETROFIT = new Retrofit.Builder().baseUrl(BASE)
      .addConverterFactory(MoshiConverterFactory.create(OmneoJson.moshi())).build();
  private static final IdentitiesApi IDENTITIES = RETROFIT.create(IdentitiesApi.class);
  private static final ListItemsApi LIST_ITEMS = RETROFIT.create(ListItemsApi.class);

  @FuzzTest(maxDuration = "5m")
  void pathSegments(FuzzedDataProvider data) {
    String s = data.consumeRemainingAsString();
    check(s, () -> IDENTITIES.getMyIdentityByHandle(s).request().url(), route("identities", s));
    check(s, () -> LIST_ITEMS.listMyListItems(s, Collections.<String, String>emptyMap()).request().url(),
        route("lists", s, "items"));
  }

  private static List<String> route(String... tail) {
    List<String> segments = new ArrayList<>(PREFIX);
    segments.addAll(Arrays.asList(tail));
    return segments;
  }

  private static void check(String s, Supplier<HttpUrl> build, List<String> expected) {
    HttpUrl url;
    try {
      url = build.get();
    } catch (IllegalArgumentException refused) {
      return;
    }
    assertThat(url.pathSegments()).as("path of %s for %s", url, literal(s))
        .isEqualTo(withLoneSurrogatesReplaced(expected));
    assertThat(url.scheme()).isEqualTo(BASE.scheme());
    assertThat(url.host()).isEqualTo(BASE.host());
    assertThat(url.port()).isEqualTo(BASE.port());
    assertThat(url.query()).as("query of %s", url).isNull();
    assertThat(url.fragment()).as("fragment of %s", url).isNull();
  }

  /** Okio writes a lone UTF-16 surrogate, which has no UTF-8 form, as {@code ?}: lossy, but it escapes nothing. */
  private static List<String> withLoneSurrogatesReplaced(List<String> segments) {
    List<String> out = new ArrayList<>();
    for (String segment : segments) {
      StringBuilder fixed = new StringBuilder();
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < segment.length()
            && Character.isLowSurrogate(segment.charAt(i + 1))) {
          fixed.append(c).append(segment.charAt(++i));
        } else {
          fixed.append(Character.isSurrogate(c) ? '?' : c);
        }
      }
      out.add(fixed.toString());
    }
    return out;
  }

  private static String literal(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.append('"').toString();
  }
}
