package io.github.omneoid.client;

import io.github.omneoid.model.PageLinks;
import io.github.omneoid.model.PageMeta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One page of a paginated list (Laravel's paginator: {@code data}, {@code meta}, {@code links}): its items,
 * {@code meta} and {@code links}, and the way to the next page. {@link #autoPager()} walks every item of every page,
 * fetching the next page only when it is reached. Immutable; thread-safe as long as nobody iterates one
 * {@code autoPager()} iterator from two threads.
 *
 * <p>The next page is read from the server's {@code links.next} when it sends an absolute URL there; otherwise the
 * same query is sent again with {@code page[number]} one higher, as long as {@code meta.current_page} is below
 * {@code meta.last_page}. It is fetched like any other call, with the same token, retries and errors. A
 * {@code links.next} outside the client's base URL, or a next page that is not after this one, fails with
 * {@link io.github.omneoid.client.errors.InvalidResponseException} rather than send the token elsewhere or loop
 * for ever; so does a next page asked for the way an earlier page of the same walk was (the same {@code links.next}
 * URL or page number: the server's pages loop), a walk past {@link #MAX_PAGES} pages, and a {@code meta} that is
 * nonsense (a {@code current_page} below 1).
 *
 * <p>A null in the server's {@code data} (or an item that fits the item type nowhere) is not an item: it is left
 * out of {@link #items()}, and reported as schema drift (so it fails the call with a strict drift listener).
 *
 * @param <T> the item type
 */
public final class Page<T> {

  /**
   * The most pages one walk from a first page fetches (10,000): following pages past it fail with
   * {@link io.github.omneoid.client.errors.InvalidResponseException}, so a server that never sends a last page
   * cannot keep a loop going for ever. At the server's default page size that is well over 100,000 items; a larger
   * {@link Query#pageSize} reaches further.
   */
  public static final int MAX_PAGES = 10_000;

  private final List<T> items;
  private final @Nullable PageMeta meta;
  private final @Nullable PageLinks links;
  private final @Nullable Supplier<Page<T>> next;

  /**
   * @param next fetches the next page; null on the last page
   */
  Page(@Nullable List<T> items, @Nullable PageMeta meta, @Nullable PageLinks links,
      @Nullable Supplier<Page<T>> next) {
    this.items = items == null ? Collections.<T>emptyList() : withoutNulls(items);
    this.meta = meta;
    this.links = links;
    this.next = next;
  }

  private static <T> List<T> withoutNulls(List<T> items) {
    if (!items.contains(null)) {
      return Collections.unmodifiableList(items);
    }
    List<T> present = new ArrayList<>(items);
    present.removeIf(Objects::isNull);
    return Collections.unmodifiableList(present);
  }

  /** @return this page's items, read-only, without nulls; empty when the server sent none */
  public List<T> items() {
    return items;
  }

  /** @return {@code current_page}, {@code last_page}, {@code total}...; null if the server sent none */
  public @Nullable PageMeta meta() {
    return meta;
  }

  /** @return {@code first}, {@code last}, {@code prev}, {@code next}; null if the server sent none */
  public @Nullable PageLinks links() {
    return links;
  }

  /** @return whether there is a page after this one; makes no request */
  public boolean hasNext() {
    return next != null;
  }

  /**
   * Fetches the page after this one. Each call sends a new request.
   *
   * @return the next page, fetched now
   * @throws NoSuchElementException on the last page
   */
  public Page<T> next() {
    if (next == null) {
      throw new NoSuchElementException("This is the last page");
    }
    return next.get();
  }

  /**
   * Every item of this page and of the pages after it, e.g. {@code for (Point p : page.autoPager())}. Each new
   * iterator starts again at this page; a page is fetched when iteration reaches it, so {@code hasNext()} and
   * {@code next()} of the iterator may throw the exceptions of a call.
   *
   * @return the items of this page and the following ones
   */
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
