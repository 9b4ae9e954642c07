package dev.tinychat.sample.wire;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.chat.v1.HangoutsChat;
import dev.tinychat.auth.Credentials;
import dev.tinychat.http.RetryPolicy;
import dev.tinychat.sample.chat.MembersClient;
import dev.tinychat.sample.chat.MessagesClient;
import dev.tinychat.sample.chat.ReactionsClient;
import dev.tinychat.sample.chat.SpacesClient;

/** Our generated clients and Google's official one, both calling the same server. */
final class Clients {
  static final String TOKEN = "wire-token";

  private Clients() {}

  static SpacesClient ours(String baseUrl) {
    return SpacesClient.builder()
        .baseUrl(baseUrl)
        .credentials(Credentials.ofToken(TOKEN))
        .configure(transport -> transport.retryPolicy(RetryPolicy.none()))
        .build();
  }

  static MembersClient oursMembers(String baseUrl) {
    return MembersClient.builder()
        .baseUrl(baseUrl)
        .credentials(Credentials.ofToken(TOKEN))
        .configure(transport -> transport.retryPolicy(RetryPolicy.none()))
        .build();
  }

  static MessagesClient oursMessages(String baseUrl) {
    return MessagesClient.builder()
        .baseUrl(baseUrl)
        .credentials(Credentials.ofToken(TOKEN))
        .configure(transport -> transport.retryPolicy(RetryPolicy.none()))
        .build();
  }

  static ReactionsClient oursReactions(String baseUrl) {
    return ReactionsClient.builder()
        .baseUrl(baseUrl)
        .credentials(Credentials.ofToken(TOKEN))
        .configure(transport -> transport.retryPolicy(RetryPolicy.none()))
        .build();
  }

  static HangoutsChat google(String baseUrl) {
    return new HangoutsChat.Builder(
            new NetHttpTransport(),
            GsonFactory.getDefaultInstance(),
            request -> {
              request.getHeaders().setAuthorization("Bearer " + TOKEN);
              request.setNumberOfRetries(0);
            })
        .setRootUrl(baseUrl + "/")
        .setApplicationName("tinychat-wire-test")
        .build();
  }
}
