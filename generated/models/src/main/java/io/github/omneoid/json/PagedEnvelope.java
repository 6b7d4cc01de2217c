package io.github.omneoid.json;

import io.github.omneoid.model.PageLinks;
import io.github.omneoid.model.PageMeta;
import java.util.List;

/**
 * A Laravel resource collection: {@code {"data": [...], "links": {...}, "meta": {...}}} (facts §3.22a).
 *
 * @param <T> the item type
 */
public interface PagedEnvelope<T> extends DataEnvelope<List<T>> {

  PageLinks getLinks();

  PageMeta getMeta();
}
