package io.github.omneoid.client.resources;

import io.github.omneoid.api.ListItemsApi;
import io.github.omneoid.api.ListsApi;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.ListShare;
import io.github.omneoid.model.ProfileList;
import io.github.omneoid.model.ProfileListInput;
import io.github.omneoid.model.ProfileListItem;
import io.github.omneoid.model.ProfileListItemInput;
import io.github.omneoid.model.ProfileListUpdateInput;
import java.util.List;

/**
 * {@code /profiles/me/lists}. A list is addressed by its numeric id <em>or</em> its handle, e.g. {@code "wishlist"}
 * (facts §2.6, §6.12).
 */
public final class ListsResource extends Resource {

  ListsResource(Transport transport) {
    super(transport);
  }

  private ListsApi listsApi() {
    return api(ListsApi.class);
  }

  public List<ProfileList> list(Query query) {
    return data(listsApi().listMyLists(required(query).toMap()));
  }

  public ProfileList create(ProfileListInput list) {
    return data(listsApi().createMyList(body(list, "list")));
  }

  public ProfileList get(String listIdOrHandle) {
    return data(listsApi().getMyList(segment(listIdOrHandle, "listIdOrHandle")));
  }

  public ProfileList update(String listIdOrHandle, ProfileListUpdateInput update) {
    return data(listsApi().updateMyList(segment(listIdOrHandle, "listIdOrHandle"), body(update, "update")));
  }

  public void delete(String listIdOrHandle) {
    send(listsApi().deleteMyList(segment(listIdOrHandle, "listIdOrHandle")));
  }

  /** {@code POST .../shares}: a new share every call; its {@code handle} is the share code. */
  public ListShare share(String listIdOrHandle) {
    return data(api(ListItemsApi.class).shareMyList(segment(listIdOrHandle, "listIdOrHandle")));
  }

  public ItemsResource items(String listIdOrHandle) {
    return new ItemsResource(segment(listIdOrHandle, "listIdOrHandle"));
  }

  /** {@code /profiles/me/lists/{list}/items}. */
  public final class ItemsResource {
    private final String list;

    ItemsResource(String list) {
      this.list = list;
    }

    private ListItemsApi itemsApi() {
      return api(ListItemsApi.class);
    }

    public List<ProfileListItem> list(Query query) {
      return data(itemsApi().listMyListItems(list, required(query).toMap()));
    }

    public ProfileListItem create(ProfileListItemInput item) {
      return data(itemsApi().createMyListItem(list, body(item, "item")));
    }

    public ProfileListItem get(long itemId) {
      return data(itemsApi().getMyListItem(list, itemId));
    }

    public ProfileListItem update(long itemId, ProfileListItemInput update) {
      return data(itemsApi().updateMyListItem(list, itemId, body(update, "update")));
    }

    public void delete(long itemId) {
      send(itemsApi().deleteMyListItem(list, itemId));
    }
  }
}
