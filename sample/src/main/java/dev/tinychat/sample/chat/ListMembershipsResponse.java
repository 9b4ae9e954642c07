package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Resource;
import java.util.List;

/** One page of {@link Members#list}. */
@Resource
public interface ListMembershipsResponse {
  /** The memberships of this page; null when there are none (proto3 leaves an empty list out). */
  List<Membership> memberships();

  /** The token of the next page, or null (absent) on the last page. */
  String nextPageToken();
}
