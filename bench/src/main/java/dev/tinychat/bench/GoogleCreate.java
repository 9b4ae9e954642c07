package dev.tinychat.bench;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.chat.v1.HangoutsChat;
import com.google.api.services.chat.v1.model.Space;
import java.io.IOException;

/**
 * Start-up benchmark, Google's side: a fresh JVM creates one named space through Google's own
 * Java client ({@code google-api-services-chat}) and exits. Run by {@link StartupHarness} on the
 * class path {@code Google's run-time closure + bench classes}.
 *
 * <p>Arguments: {@code baseUrl token displayName requestId}. Prints the created space's name,
 * then the {@link ChildReport} lines.
 */
final class GoogleCreate {
  private GoogleCreate() {}

  public static void main(String[] args) throws IOException {
    String token = args[1];
    HangoutsChat chat =
        new HangoutsChat.Builder(
                new NetHttpTransport(),
                GsonFactory.getDefaultInstance(),
                request -> request.getHeaders().setAuthorization("Bearer " + token))
            .setRootUrl(args[0] + "/")
            .setApplicationName("tinychat-bench")
            .build();
    Space space =
        chat.spaces()
            .create(new Space().setSpaceType("SPACE").setDisplayName(args[2]))
            .setRequestId(args[3])
            .execute();
    System.out.println(space.getName());
    ChildReport.print();
  }
}
