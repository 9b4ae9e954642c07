package dev.tinychat.http;

import java.util.List;
import java.util.function.Function;

/**
 * A {@link PendingCall} of a method that answers pages: a list of items and the token of the next
 * page, which its {@code pageToken} argument asks for.
 *
 * @param <P> a page
 * @param <T> an item
 */
public abstract class PagedCall<P, T> extends PendingCall<P> {
  private final Function<P, List<T>> items;
  private final Function<P, String> nextToken;
  /** The {@code pageToken} argument: the page to start from; {@code null} for the first. */
  protected String pageToken;

  /** A call sent through {@code transport}, whose pages {@code items} and {@code nextToken} read. */
  protected PagedCall(Transport transport, Function<P, List<T>> items, Function<P, String> nextToken) {
    super(transport);
    this.items = items;
    this.nextToken = nextToken;
  }

  /** The request with the arguments set so far, and {@code pageToken} as the page token. */
  protected abstract ApiRequest<P> request(String pageToken);

  @Override
  protected final ApiRequest<P> request() {
    return request(pageToken);
  }

  /**
   * Every item of every page from {@code pageToken} on, fetched lazily: a page when the items
   * before it are used up, with these arguments.
   */
  public Pages<P, T> all() {
    return Pages.of(pageToken, token -> transport.send(request(token)), items, nextToken);
  }

  /** As {@link #all()}, each page fetched without blocking. */
  public Pages<P, T> allAsync() {
    return Pages.ofAsync(pageToken, token -> transport.sendAsync(request(token)), items, nextToken);
  }
}
