package de.dmp.fhir;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.zip.GZIPInputStream;

/**
 * Caps FHIR request bodies: a declared length over the limit is refused before reading, and a gzip
 * body is decompressed here, at most {@link #MAX_BYTES}, so that a small compressed bomb can never
 * unpack into the heap (HAPI itself would decompress without a limit). Over the limit the answer is
 * 413 with an OperationOutcome.
 */
public class RequestBodyLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** 10 MiB: far above a documentation transaction, far below the server's heap. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  static final String TOO_LARGE =
      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"too-long\","
          + "\"diagnostics\":\"The request body is larger than 10 MiB (after decompression).\"}]}";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      refuse(response);
      return;
    }
    String encoding = request.getHeader("Content-Encoding");
    if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
      chain.doFilter(request, response);
      return;
    }
    if (!encoding.equalsIgnoreCase("gzip")) {
      response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Only gzip is accepted.");
      return;
    }
    byte[] body = decompressed(request.getInputStream());
    if (body == null) {
      refuse(response);
      return;
    }
    chain.doFilter(new Decompressed(request, body), response);
  }

  /** The decompressed bytes, or null as soon as they exceed the limit. */
  static byte[] decompressed(InputStream compressed) throws IOException {
    var out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (var in = new GZIPInputStream(compressed)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        if (out.size() + read > MAX_BYTES) {
          return null;
        }
        out.write(buffer, 0, read);
      }
    }
    return out.toByteArray();
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/fhir+json;charset=UTF-8");
    response.getWriter().write(TOO_LARGE);
  }

  /** The request with its body already decompressed and no Content-Encoding left. */
  private static final class Decompressed extends HttpServletRequestWrapper {

    private final byte[] body;

    Decompressed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public String getHeader(String name) {
      return "Content-Encoding".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return "Content-Encoding".equalsIgnoreCase(name)
          ? Collections.emptyEnumeration()
          : super.getHeaders(name);
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      var in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] target, int offset, int length) {
          return in.read(target, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body is already in memory.");
        }
      };
    }
  }
}
