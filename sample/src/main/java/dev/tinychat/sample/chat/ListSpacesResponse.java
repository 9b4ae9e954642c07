package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Resource;
import java.util.List;

/** A page of spaces. */
@Resource
public interface ListSpacesResponse {
  /** The spaces of this page. */
  List<Space> spaces();

  /** The token of the next page; none on the last. */
  String nextPageToken();
}
