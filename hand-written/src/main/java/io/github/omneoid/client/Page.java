package io.github.omneoid.client;

import io.github.omneoid.model.PageLinks;
import io.github.omneoid.model.PageMeta;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * One page of a paginated list (Laravel's paginator: {@code data}, {@code meta}, {@code links}): its items, {@code meta} and {@code links}, and the way to the next
 * page. {@link #autoPager()} walks every item of every page, fetching the next page only when it is reached.
 *
 * @param <T> the item type
 */
public final class Page<T> {

  private final List<T> items;
  private final PageMeta meta;
  private final PageLinks links;
  private final Supplier<Page<T>> next;

  /**
   * @param next fetches the next page; null on the last page
   */
  Page(List<T> items, PageMeta meta, PageLinks links, Supplier<Page<T>> next) {
    this.items = items == null ? Collections.<T>emptyList() : Collections.unmodifiableList(items);
    this.meta = meta;
    this.links = links;
    this.next = next;
  }

  public List<T> items() {
    return items;
  }

  /** @return {@code current_page}, {@code last_page}, {@code total}...; null if the server sent none */
  public PageMeta meta() {
    return meta;
  }

  /** @return {@code first}, {@code last}, {@code prev}, {@code next}; null if the server sent none */
  public PageLinks links() {
    return links;
  }

  public boolean hasNext() {
    return next != null;
  }

  /** @return the next page, fetched now */
  public Page<T> next() {
    if (next == null) {
      throw new NoSuchElementException("This is the last page");
    }
    return next.get();
  }

  /** @return every item of this page and the pages after it; each page is fetched when iteration reaches it */
  public Iterable<T> autoPager() {
    return () -> new Iterator<T>() {
      private Page<T> page = Page.this;
      private Iterator<T> current = page.items.iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && page.hasNext()) {
          page = page.next();
          current = page.items.iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", currentPage=" + (meta == null ? null : meta.getCurrentPage())
        + ", lastPage=" + (meta == null ? null : meta.getLastPage()) + ", hasNext=" + hasNext() + "}";
  }
}
