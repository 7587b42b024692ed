package org.depder.app.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * One HTTPS conversation partner with a pinned (or capturing) certificate: sends a request, maps
 * transport failures and the server's error bodies (docs/sync-api.md, "Errors") to {@link
 * RemoteException} codes. Knows nothing of what the requests mean.
 */
final class ApiClient {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

  /** Answers larger than this are refused before they are read into memory twice. */
  static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final CertificatePin pin;
  private final HttpClient http;

  ApiClient(URI base, CertificatePin pin) {
    this.base = base;
    this.pin = pin;
    this.http =
        HttpClient.newBuilder()
            .sslContext(pin.context())
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A successful (2xx) answer. */
  record Answer(int status, byte[] body) {
    Answer {
      body = body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }

    JsonNode json() throws RemoteException {
      try {
        JsonNode node = JSON.readTree(body);
        if (node == null || !node.isObject()) {
          throw new RemoteException(RemoteException.Problem.PROTOCOL);
        }
        return node;
      } catch (IOException e) {
        throw new RemoteException(RemoteException.Problem.PROTOCOL, e);
      }
    }
  }

  Answer send(String method, String pathAndQuery, byte[] body, Map<String, String> headers)
      throws RemoteException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(pathAndQuery))
            .timeout(REQUEST_TIMEOUT)
            .method(
                method,
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body.length > 0) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (SSLException e) {
      throw new RemoteException(RemoteException.Problem.CERTIFICATE_CHANGED, e);
    } catch (ConnectException | HttpTimeoutException e) {
      throw new RemoteException(RemoteException.Problem.UNREACHABLE, e);
    } catch (IOException e) {
      throw new RemoteException(
          certificateRefused(e)
              ? RemoteException.Problem.CERTIFICATE_CHANGED
              : RemoteException.Problem.UNREACHABLE,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteException(RemoteException.Problem.UNREACHABLE, e);
    }
    byte[] answer = response.body() == null ? new byte[0] : response.body();
    if (answer.length > MAX_ANSWER_BYTES) {
      throw new RemoteException(RemoteException.Problem.PROTOCOL);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return new Answer(status, answer);
    }
    JsonNode error = errorObject(answer);
    String code = error.path("code").asText("");
    if (code.equals("bundle_rejected")) {
      throw RemoteException.bundleRejected(error.path("reason").asText(""));
    }
    throw new RemoteException(RemoteException.fromServerCode(code));
  }

  /** The certificate the server presented on the last connection, if it got that far. */
  Optional<String> seenCertificate() {
    return pin.seen();
  }

  private boolean certificateRefused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SSLException || t instanceof java.security.cert.CertificateException) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode errorObject(byte[] body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node == null ? JSON.missingNode() : node.path("error");
    } catch (IOException | RuntimeException e) {
      return JSON.missingNode();
    }
  }
}
