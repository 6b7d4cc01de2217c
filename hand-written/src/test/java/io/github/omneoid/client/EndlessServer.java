package io.github.omneoid.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw socket server on loopback whose every answer has a body that never ends: after the status line and headers
 * it writes body bytes until the client goes away. What no MockWebServer can do (its bodies live in memory).
 */
final class EndlessServer implements AutoCloseable {

  /** How the body is framed. */
  enum Framing {
    /** {@code Content-Length: 1073741824} (1 GiB), then bytes until the client goes away. */
    ONE_GIB,
    /** {@code Transfer-Encoding: chunked}, chunks forever. */
    CHUNKED
  }

  private final ServerSocket socket;
  private final Thread acceptor;
  private final AtomicLong bytesWritten = new AtomicLong();

  /**
   * @param status the status code, e.g. 500
   * @param prefix what the body starts with, e.g. <code>{"data":{"first_name":"</code>; then {@code filler}
   *     repeats forever
   */
  EndlessServer(int status, Framing framing, String prefix, byte filler) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!socket.isClosed()) {
        try {
          Socket client = socket.accept();
          Thread handler = new Thread(() -> serve(client, status, framing, prefix, filler), "endless-handler");
          handler.setDaemon(true);
          handler.start();
        } catch (IOException closed) {
          return;
        }
      }
    }, "endless-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + TestServer.API_PATH;
  }

  long bytesWritten() {
    return bytesWritten.get();
  }

  private void serve(Socket client, int status, Framing framing, String prefix, byte filler) {
    try (Socket closing = client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
      readHead(in);
      String head = "HTTP/1.1 " + status + " Hostile\r\nContent-Type: application/json\r\n"
          + (framing == Framing.ONE_GIB ? "Content-Length: 1073741824\r\n" : "Transfer-Encoding: chunked\r\n")
          + "\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      byte[] block = new byte[64 * 1024];
      Arrays.fill(block, filler);
      byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
      write(out, framing, start);
      while (true) { // until the client closes the connection and a write fails
        write(out, framing, block);
      }
    } catch (IOException clientWentAway) {
      // expected: that is how every answer ends
    }
  }

  private void write(OutputStream out, Framing framing, byte[] bytes) throws IOException {
    if (framing == Framing.CHUNKED) {
      out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    } else {
      out.write(bytes);
    }
    bytesWritten.addAndGet(bytes.length);
  }

  /** Reads the request line, headers and (if it says so) the body, so the client sees its request taken. */
  private static void readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int b;
    while ((b = in.read()) != -1) {
      head.append((char) b);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    for (String line : head.toString().split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        long length = Long.parseLong(line.substring("content-length:".length()).trim());
        for (long i = 0; i < length && in.read() != -1; i++) {
          // discard the request body
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
