package dev.tinychat.sample.bench;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.chat.v1.HangoutsChat;
import com.google.api.services.chat.v1.model.Space;
import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;

/**
 * Start-up benchmark, Google's side: a fresh JVM creates one named space through Google's own
 * Java client ({@code google-api-services-chat}) and exits. Run by {@link BenchHarness} on the
 * class path {@code Google's run-time closure + sample test classes}.
 *
 * <p>Arguments: {@code baseUrl token displayName requestId [--init-tls]}. Prints the created
 * space's name, then the {@link ChildReport} lines. With {@code --init-tls} it first
 * initialises the JDK's default {@code SSLContext}, which Google's client does on its first
 * {@code https} call to the real API but not over the emulator's plain {@code http}, while the
 * JDK's {@code HttpClient} (under tinychat) does it when it is built whatever the scheme.
 */
final class GoogleCreate {
  private GoogleCreate() {}

  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    if (args.length > 4 && args[4].equals("--init-tls")) {
      SSLContext.getDefault();
    }
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
