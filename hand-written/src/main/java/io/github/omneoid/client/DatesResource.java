package io.github.omneoid.client;

import io.github.omneoid.api.AttributesApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.DatesAttribute;
import io.github.omneoid.model.DatesAttributeInput;
import java.util.List;

/**
 * The profile's dates (anniversaries and the like): {@code /profiles/me/attributes/dates}. A date is created or
 * replaced by its {@code handle} and {@code relationship}.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class DatesResource extends Resource {

  private final AttributesApi api;

  DatesResource(Transport transport) {
    super(transport);
    this.api = transport.api(AttributesApi.class);
  }

  /**
   * {@code GET /profiles/me/attributes/dates}.
   *
   * @return the profile's dates
   */
  public List<DatesAttribute> list() {
    return list(Query.of());
  }

  /**
   * {@code GET /profiles/me/attributes/dates} with filters or sorting.
   *
   * @param query the query keys, sent as given
   * @return the dates the query selects
   */
  public List<DatesAttribute> list(Query query) {
    return data(api.listMyDatesAttributes(required(query).toMap()));
  }

  /**
   * {@code PUT /profiles/me/attributes/dates}: creates the date, or replaces the one with the same handle and
   * relationship.
   *
   * @param date the date
   * @return the date as stored
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field
   */
  public DatesAttribute update(DatesAttributeInput date) {
    return data(api.upsertMyDatesAttribute(body(date, "date")));
  }

  /**
   * {@code DELETE /profiles/me/attributes/dates/{dateId}}.
   *
   * @param dateId the date's id
   * @return the profile's dates left after the delete (the API answers 200 with them, not 204)
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no date with that id
   */
  public List<DatesAttribute> delete(long dateId) {
    return data(api.deleteMyDatesAttribute(dateId));
  }
}
