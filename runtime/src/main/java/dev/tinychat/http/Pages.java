package dev.tinychat.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All items of a paged list method, fetched lazily: a page only when the items before it are used
 * up, with the same arguments and the page token substituted. Each iteration, stream or {@code
 * forEachAsync} starts again from the first page; a single page is the list method itself. A page
 * token the server sent before (a loop), or more than {@value #MAX_EMPTY_PAGES} pages in a row
 * without items that still point to a next page, is an {@link InvalidResponseException}: a server
 * cannot keep a caller paging forever.
 *
 * <p>Generated clients make these for methods with {@code pageToken} and {@code nextPageToken}:
 *
 * <pre>{@code
 * Pages.of(pageToken, token -> list(parent, pageSize, token, filter),
 *     ListMembershipsResponse::memberships, ListMembershipsResponse::nextPageToken);
 * Pages.ofAsync(pageToken, token -> listAsync(parent, pageSize, token, filter), ...);
 * for (Membership m : client.listAll(parent)) { ... }          // or .stream()
 * client.listAllAsync(parent).forEachAsync(m -> ...);          // or .toListAsync()
 * }</pre>
 *
 * <p>Pages made {@link #ofAsync} may also be iterated (each page is waited for); the
 * asynchronous methods of pages made {@link #of} fetch on the calling thread. An empty or {@code
 * null} next page token ends the list; a {@code null} list of items is an empty page.
 *
 * @param <P> a page (the method's response)
 * @param <T> an item
 */
public final class Pages<P, T> implements Iterable<T> {
  /** The most pages in a row without items that may still point to a next page. */
  public static final int MAX_EMPTY_PAGES = 100;

  private final String pageToken;
  private final Function<String, P> fetch;
  private final Function<String, CompletableFuture<P>> fetchAsync;
  private final Function<P, List<T>> items;
  private final Function<P, String> nextToken;

  private Pages(String pageToken, Function<String, P> fetch,
      Function<String, CompletableFuture<P>> fetchAsync, Function<P, List<T>> items,
      Function<P, String> nextToken) {
    this.pageToken = pageToken;
    this.fetch = fetch;
    this.fetchAsync = fetchAsync;
    this.items = items;
    this.nextToken = nextToken;
  }

  /**
   * The items from the page of {@code pageToken} ({@code null} for the first page) on: {@code
   * fetch} gets one page by its token, {@code items} and {@code nextToken} read a page.
   */
  public static <P, T> Pages<P, T> of(String pageToken, Function<String, P> fetch,
      Function<P, List<T>> items, Function<P, String> nextToken) {
    return new Pages<>(pageToken, fetch, null, items, nextToken);
  }

  /** As {@link #of}, with each page fetched asynchronously. */
  public static <P, T> Pages<P, T> ofAsync(String pageToken,
      Function<String, CompletableFuture<P>> fetch, Function<P, List<T>> items,
      Function<P, String> nextToken) {
    return new Pages<>(pageToken, null, fetch, items, nextToken);
  }

  /** Every item, page after page. */
  @Override
  public Iterator<T> iterator() {
    return new Cursor(null);
  }

  /** Every item, page after page. */
  public Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  /**
   * Calls {@code action} with every item, one page at a time: the next page is fetched after the
   * action has had the items of this one. Completes after the last item, or with the first
   * failure (of a fetch, or thrown by the action).
   */
  public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
    Cursor cursor = new Cursor(action);
    cursor.step();
    return cursor.done;
  }

  /** Every item in one list, fetched as {@link #forEachAsync} does. */
  public CompletableFuture<List<T>> toListAsync() {
    List<T> all = new ArrayList<>();
    return forEachAsync(all::add).thenApply(done -> all);
  }

  /**
   * One pass over the pages: a blocking iterator over the items, or the callback of each
   * asynchronous fetch.
   */
  private final class Cursor implements Iterator<T>, BiConsumer<P, Throwable> {
    private final Set<String> seen = new HashSet<>();
    private final Consumer<? super T> action;
    final CompletableFuture<Void> done = new CompletableFuture<>();
    private String token = pageToken;
    private boolean started;
    private int pages;
    private int emptyInARow;
    private List<T> page = List.of();
    private int index;

    Cursor(Consumer<? super T> action) {
      this.action = action;
    }

    @Override
    public boolean hasNext() {
      while (index == page.size() && (!started || token != null)) {
        String next = take();
        try {
          read(fetch != null ? fetch.apply(next) : fetchAsync.apply(next).join());
        } catch (CompletionException e) {
          throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
        }
      }
      return index < page.size();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.get(index++);
    }

    /** The token of the page to fetch, unless the server sent it before. */
    private String take() {
      if (token != null && !seen.add(token)) {
        throw new InvalidResponseException(200, "Paging stopped: the page token after page "
            + pages + " is the token of an earlier page", null);
      }
      started = true;
      return token;
    }

    /** Takes the items and the next token of {@code response}. */
    private void read(P response) {
      List<T> list = items.apply(response);
      page = list == null ? List.of() : list;
      index = 0;
      String next = nextToken.apply(response);
      token = next == null || next.isEmpty() ? null : next;
      emptyInARow = page.isEmpty() ? emptyInARow + 1 : 0;
      pages++;
      if (token != null && emptyInARow >= MAX_EMPTY_PAGES) {
        throw new InvalidResponseException(200, "Paging stopped: " + emptyInARow
            + " pages in a row without items, up to page " + pages, null);
      }
    }

    void step() {
      try {
        String next = take();
        // ...Async: the callback never runs on this stack, however many pages there are.
        (fetch != null ? CompletableFuture.completedFuture(fetch.apply(next))
            : fetchAsync.apply(next)).whenCompleteAsync(this);
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
      }
    }

    @Override
    public void accept(P response, Throwable failure) {
      try {
        if (failure != null) {
          done.completeExceptionally(failure instanceof CompletionException
              && failure.getCause() != null ? failure.getCause() : failure);
          return;
        }
        read(response);
        page.forEach(action);
        if (token == null) {
          done.complete(null);
        } else {
          step();
        }
      } catch (RuntimeException | Error e) {
        done.completeExceptionally(e);
      }
    }
  }
}
