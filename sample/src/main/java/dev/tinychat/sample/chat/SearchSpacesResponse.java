package dev.tinychat.sample.chat;

import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;
import java.util.List;

/** A page of spaces that match a search. */
@Resource
public interface SearchSpacesResponse {
  /** The matches of this page. */
  @OutputOnly
  List<SearchSpaceResult> results();

  /** The spaces of this page; deprecated by Google for {@link #results()}. */
  List<Space> spaces();

  /** The token of the next page; none on the last. */
  String nextPageToken();

  /** How many spaces match, over all pages; an estimate above 10,000. */
  Integer totalSize();
}
