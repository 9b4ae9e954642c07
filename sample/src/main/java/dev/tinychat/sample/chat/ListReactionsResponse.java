package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Resource;
import java.util.List;

/** A page of reactions. */
@Resource
public interface ListReactionsResponse {
  /** The reactions of this page. */
  List<Reaction> reactions();

  /** The token of the next page; none on the last. */
  String nextPageToken();
}
