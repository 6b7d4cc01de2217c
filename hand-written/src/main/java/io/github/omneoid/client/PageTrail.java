package io.github.omneoid.client;

import io.github.omneoid.client.errors.InvalidResponseException;

/**
 * The way a walk through pages came: how each page was asked for (its {@code links.next} URL, or its page number),
 * back to the first. A page asked for the way one before it was is a loop the server made, and more than
 * {@link Page#MAX_PAGES} pages is a walk that would not end; both fail with {@link InvalidResponseException} before
 * the request. Immutable: each page holds its own trail, so a new {@code autoPager()} iteration starts a new walk.
 */
final class PageTrail {

  private final String request;
  private final int hash;
  private final PageTrail previous;
  private final int pages;

  private PageTrail(String request, PageTrail previous) {
    this.request = request;
    this.hash = request.hashCode();
    this.previous = previous;
    this.pages = previous == null ? 1 : previous.pages + 1;
  }

  /** The first page, asked for by the caller's query. */
  static PageTrail first(String request) {
    return new PageTrail(request, null);
  }

  /**
   * @param request how the next page is asked for: its URL or {@code "page[number]=n"}
   * @return the trail that page is fetched on
   * @throws InvalidResponseException when a page was asked for that way already, or past the page cap
   */
  PageTrail next(String request) {
    if (pages >= Page.MAX_PAGES) {
      throw new InvalidResponseException("Stopped paging after " + Page.MAX_PAGES + " pages (the cap on one walk,"
          + " Page.MAX_PAGES): the server never sent a last page", null);
    }
    int hash = request.hashCode();
    for (PageTrail seen = this; seen != null; seen = seen.previous) {
      if (seen.hash == hash && seen.request.equals(request)) {
        throw new InvalidResponseException("The server's pages loop: the next page (" + request + ") is page "
            + seen.pages + " again, seen " + (pages + 1 - seen.pages) + " pages ago; stopped paging", null);
      }
    }
    return new PageTrail(request, this);
  }
}
