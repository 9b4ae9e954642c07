package dev.tinychat.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Start-up baseline: the same create call made with nothing but the JDK's {@code java.net.http}
 * client (which tinychat's transport uses) and a hand-written body, no JSON codec and no retries.
 * It shows the floor any {@code java.net.http} based client starts from.
 *
 * <p>Arguments: {@code baseUrl token displayName requestId}.
 */
final class JdkHttpCreate {
  private JdkHttpCreate() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String body = "{\"spaceType\":\"SPACE\",\"displayName\":\"" + args[2] + "\"}";
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    args[0]
                        + "/v1/spaces?requestId="
                        + URLEncoder.encode(args[3], StandardCharsets.UTF_8)))
            .header("Authorization", "Bearer " + args[1])
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    String json = response.body();
    int at = json.indexOf("\"spaces/");
    if (response.statusCode() != 200 || at < 0) {
      throw new IllegalStateException("HTTP " + response.statusCode() + ": " + json);
    }
    System.out.println(json.substring(at + 1, json.indexOf('"', at + 1)));
    ChildReport.print();
  }
}
