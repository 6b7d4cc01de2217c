package io.github.omneoid.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * The fallback loopback server, for a machine without nginx: run in a process of its own
 * ({@code java -cp benchmarks.jar io.github.omneoid.benchmarks.TinyHttpServer <port> <body-file> <small-body-file>}),
 * it answers {@code GET /id/api/v1/profiles/me} with a fixed body and {@code GET /small/id/api/v1/profiles/me} with
 * the small one, from prepared bytes (401 without a bearer token), and anything else with 404. HTTP/1.1
 * keep-alive, one thread per connection, one read and one write per request: as close to
 * nothing per request as a JVM gets, and none of it in the benchmark's process.
 */
public final class TinyHttpServer {

  static final String PATH = "/id/api/v1/profiles/me";
  /** Where the small body is served: the same API under a prefix, so a base URL picks the body. */
  static final String SMALL_PREFIX = "/small";

  private final byte[] ok;
  private final byte[] smallOk;
  private final byte[] unauthorized = response("401 Unauthorized", "{\"message\":\"Unauthenticated.\"}");
  private final byte[] notFound = response("404 Not Found", "{\"message\":\"Not found\"}");

  private TinyHttpServer(String body, String smallBody) {
    this.ok = response("200 OK", body);
    this.smallOk = response("200 OK", smallBody);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: TinyHttpServer <port> <body-file> <small-body-file>");
      System.exit(2);
    }
    TinyHttpServer server = new TinyHttpServer(Files.readString(Paths.get(args[1])),
        Files.readString(Paths.get(args[2])));
    try (ServerSocket listener = new ServerSocket(Integer.parseInt(args[0]), 1024, InetAddress.getLoopbackAddress())) {
      System.out.println("listening on 127.0.0.1:" + listener.getLocalPort());
      System.out.flush();
      while (true) {
        Socket socket = listener.accept();
        Thread thread = new Thread(() -> server.serve(socket), "conn-" + socket.getPort());
        thread.setDaemon(true);
        thread.start();
      }
    }
  }

  private static byte[] response(String status, String body) {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length
        + "\r\nConnection: keep-alive\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + content.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(content, 0, all, head.length, content.length);
    return all;
  }

  private void serve(Socket socket) {
    try (Socket s = socket) {
      s.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(s.getInputStream(), 8192);
      OutputStream out = s.getOutputStream();
      StringBuilder line = new StringBuilder(128);
      while (true) {
        if (!readLine(in, line)) {
          return; // the client closed the connection
        }
        String requestLine = line.toString();
        boolean authorized = false;
        boolean close = false;
        long contentLength = 0;
        while (readLine(in, line) && line.length() > 0) {
          String header = line.toString();
          int colon = header.indexOf(':');
          if (colon < 0) {
            continue;
          }
          String name = header.substring(0, colon).trim();
          String value = header.substring(colon + 1).trim();
          if (name.equalsIgnoreCase("Authorization")) {
            authorized = value.startsWith("Bearer ");
          } else if (name.equalsIgnoreCase("Connection")) {
            close = value.equalsIgnoreCase("close");
          } else if (name.equalsIgnoreCase("Content-Length")) {
            contentLength = Long.parseLong(value);
          }
        }
        in.skipNBytes(contentLength);
        byte[] found = requestLine.startsWith("GET " + PATH + " ") ? ok
            : requestLine.startsWith("GET " + SMALL_PREFIX + PATH + " ") ? smallOk : null;
        byte[] answer = found == null ? notFound : authorized ? found : unauthorized;
        out.write(answer);
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (IOException e) {
      // a reset connection ends its thread; nothing to report
    }
  }

  /** Reads one CRLF-terminated line into {@code line}; false at end of stream before any byte. */
  private static boolean readLine(InputStream in, StringBuilder line) throws IOException {
    line.setLength(0);
    int c;
    boolean any = false;
    while ((c = in.read()) != -1) {
      any = true;
      if (c == '\n') {
        int last = line.length() - 1;
        if (last >= 0 && line.charAt(last) == '\r') {
          line.setLength(last);
        }
        return true;
      }
      line.append((char) c);
    }
    return any;
  }
}
