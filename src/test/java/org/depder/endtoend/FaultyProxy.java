package org.depder.endtoend;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback that forwards to the server and, while faults are on, cuts a share of its
 * connections after a random number of bytes (in either direction): mid-handshake, mid-request or
 * mid-answer. TLS passes through untouched, so the client still pins the server's certificate.
 */
final class FaultyProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final int upstreamPort;
  private final Random random;
  private final double cutShare;
  private final int maxBytesBeforeCut;
  private final AtomicBoolean faults = new AtomicBoolean();
  private final AtomicInteger cuts = new AtomicInteger();

  /** The first connections after faults are switched on are always cut, in the handshake. */
  private int forced = 3;

  FaultyProxy(int upstreamPort, long seed, double cutShare, int maxBytesBeforeCut)
      throws IOException {
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.upstreamPort = upstreamPort;
    this.random = new Random(seed);
    this.cutShare = cutShare;
    this.maxBytesBeforeCut = maxBytesBeforeCut;
    Thread acceptor = new Thread(this::accept, "faulty-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  void faults(boolean on) {
    faults.set(on);
  }

  int cuts() {
    return cuts.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
        long budget;
        synchronized (random) {
          if (faults.get() && forced > 0) {
            forced--;
            budget = random.nextInt(1024);
          } else {
            budget =
                faults.get() && random.nextDouble() < cutShare
                    ? random.nextInt(maxBytesBeforeCut)
                    : Long.MAX_VALUE;
          }
        }
        AtomicLong left = new AtomicLong(budget);
        pump(client, upstream, left);
        pump(upstream, client, left);
      } catch (IOException e) {
        // closed
      }
    }
  }

  private void pump(Socket from, Socket to, AtomicLong left) {
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[4096];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                  long allowed = left.getAndAdd(-n);
                  if (allowed < n) {
                    if (allowed > 0) {
                      out.write(buffer, 0, (int) allowed);
                      out.flush();
                    }
                    cuts.incrementAndGet();
                    break;
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // the other side went away
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "faulty-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // nothing to do
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
