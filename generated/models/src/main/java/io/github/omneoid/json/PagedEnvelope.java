package io.github.omneoid.json;

import io.github.omneoid.model.PageLinks;
import io.github.omneoid.model.PageMeta;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Laravel resource collection: {@code {"data": [...], "links": {...}, "meta": {...}}} (docs.omneo.io/api-reference,
 * e.g. the rewards list).
 *
 * @param <T> the item type
 */
public interface PagedEnvelope<T> extends DataEnvelope<List<T>> {

  /** @return the absolute URLs of the first, last, previous and next pages; null when the server sent none */
  @Nullable PageLinks getLinks();

  /** @return the page's number, size, total and range; null when the server sent none */
  @Nullable PageMeta getMeta();
}
