package io.github.omneoid.client;

import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.json.DataEnvelope;
import io.github.omneoid.json.PagedEnvelope;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import retrofit2.Call;

/** What every resource does with a generated call: unwrap it, page it, or just send it. */
abstract class Resource {

  final Transport transport;

  Resource(Transport transport) {
    this.transport = transport;
  }

  final <S> S api(Class<S> service) {
    return transport.api(service);
  }

  final <T> T data(Call<? extends DataEnvelope<T>> call) {
    return transport.data(call);
  }

  /** For operations whose response body, if any, says nothing the caller needs (deletes, 204s). */
  final void send(Call<?> call) {
    transport.execute(call);
  }

  final <T, E extends PagedEnvelope<T>> Page<T> page(Query query, Function<Map<String, String>, Call<E>> operation,
      Class<E> type) {
    return Pages.fetch(required(query),
        q -> nonNull(transport.execute(operation.apply(q.toMap())), "list"),
        url -> nonNull(transport.get(url, type), url.encodedPath()));
  }

  static Query required(Query query) {
    return Arguments.requireNonNull(query, "query");
  }

  /** A path segment: Retrofit encodes it, so '/', '?', '#' and '%2F' stay inside it; blank is refused here. */
  static String segment(String value, String name) {
    return Arguments.requireText(value, name);
  }

  static <T> T body(T value, String name) {
    return Arguments.requireNonNull(value, name);
  }

  private static <E> E nonNull(E envelope, String what) {
    if (envelope == null) {
      throw new InvalidResponseException("The response to " + what + " has no body where a page was expected",
          null);
    }
    return envelope;
  }

  /**
   * Following pages: the server's {@code links.next} when it is an absolute URL (one outside the base URL fails the
   * call in {@code Transport.get}), else {@code page[number]} + 1 while {@code meta} says there are more.
   */
  static final class Pages {
    private Pages() {
    }

    static <T> Page<T> fetch(Query query, Function<Query, ? extends PagedEnvelope<T>> byQuery,
        Function<HttpUrl, ? extends PagedEnvelope<T>> byUrl) {
      return toPage(byQuery.apply(query), query, byQuery, byUrl, PageTrail.first("the first page"));
    }

    private static <T> Page<T> toPage(PagedEnvelope<T> envelope, Query query,
        Function<Query, ? extends PagedEnvelope<T>> byQuery, Function<HttpUrl, ? extends PagedEnvelope<T>> byUrl,
        PageTrail trail) {
      Integer current = envelope.getMeta() == null ? null : envelope.getMeta().getCurrentPage();
      Integer last = envelope.getMeta() == null ? null : envelope.getMeta().getLastPage();
      if (current != null && current < 1) {
        throw new InvalidResponseException("The server's page says it is page " + current
            + " (meta.current_page); pages are numbered from 1", null);
      }
      HttpUrl nextLink = envelope.getLinks() == null || envelope.getLinks().getNext() == null ? null
          : HttpUrl.parse(envelope.getLinks().getNext());
      Supplier<Page<T>> next = null;
      if (nextLink != null) {
        next = () -> {
          PageTrail on = trail.next(nextLink.toString());
          return checkedAdvance(current, toPage(byUrl.apply(nextLink), query, byQuery, byUrl, on));
        };
      } else if (current != null && last != null && current < last) {
        Query nextQuery = query.page(current + 1);
        next = () -> {
          PageTrail on = trail.next("page[number]=" + (current + 1));
          return checkedAdvance(current, toPage(byQuery.apply(nextQuery), nextQuery, byQuery, byUrl, on));
        };
      }
      return new Page<>(envelope.getData(), envelope.getMeta(), envelope.getLinks(), next);
    }

    /** A server that answers "next" with the same page again would make an endless loop of an iteration. */
    private static <T> Page<T> checkedAdvance(Integer previous, Page<T> page) {
      Integer now = page.meta() == null ? null : page.meta().getCurrentPage();
      if (previous != null && now != null && now <= previous) {
        throw new InvalidResponseException("The next page came back as page " + now + " after page " + previous,
            null);
      }
      return page;
    }
  }
}
