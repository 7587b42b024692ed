package org.depder.launch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.depder.app.remote.CertificatePin;
import org.depder.server.DepderServer;
import org.depder.sync.revision.DeviceId;

/**
 * D enrolled devices push one bundle each to a running server over HTTPS on loopback, all started
 * at once (HTTP/1.1, so one TLS connection per device, handshake included in its time). An error is
 * any answer other than 200 with a receipt, or no answer within five minutes.
 */
final class ConcurrentPushes {
  /** Revisions in each device's bundle: a day's work at a post. */
  static final int REVISIONS_PER_DEVICE = 20;

  private final DepderServer server;
  private final List<BenchDevice> devices;

  ConcurrentPushes(DepderServer server, List<BenchDevice> devices) {
    this.server = server;
    this.devices = devices;
  }

  record Result(int errors, double p50Millis, double p99Millis, double wallMillis) {}

  Result run(SecureRandom random) throws BenchmarkException {
    DeviceId serverId = server.context().keys().id();
    byte[] agreement = server.context().keys().publicKeys().agreement();
    List<byte[]> bundles = new ArrayList<>(devices.size());
    for (BenchDevice d : devices) {
      bundles.add(d.nextBundle(serverId, agreement, REVISIONS_PER_DEVICE).bytes());
    }
    HttpClient client = client(server.context().tls().certificateSha256());
    URI uri = URI.create("https://127.0.0.1:" + server.tlsPort() + "/v1/bundles");
    double[] millis = new double[bundles.size()];
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<?>> pending = new ArrayList<>(bundles.size());
    long wallStart = System.nanoTime();
    for (int i = 0; i < bundles.size(); i++) {
      int index = i;
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofMinutes(5))
              .header("Content-Type", "application/octet-stream")
              .POST(HttpRequest.BodyPublishers.ofByteArray(bundles.get(i)))
              .build();
      long start = System.nanoTime();
      pending.add(
          client
              .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
              .whenComplete(
                  (response, failure) -> {
                    millis[index] = (System.nanoTime() - start) / 1e6;
                    if (failure != null
                        || response.statusCode() != 200
                        || response.body().length == 0) {
                      errors.incrementAndGet();
                    }
                  }));
    }
    try {
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
          .exceptionally(e -> null)
          .get(10, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new BenchmarkException("Concurrent pushes did not finish: " + e.getClass().getName());
    }
    double wall = (System.nanoTime() - wallStart) / 1e6;
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Result(errors.get(), percentile(sorted, 0.50), percentile(sorted, 0.99), wall);
  }

  private static double percentile(double[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** Trusts exactly the server's certificate, as an enrolled client does. */
  private static HttpClient client(String pinnedSha256) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .sslContext(CertificatePin.pinnedContext(pinnedSha256))
        .connectTimeout(Duration.ofMinutes(2))
        .build();
  }
}
