package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

  static byte[] gzipOfZeros(long count) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var gzip = new GZIPOutputStream(out)) {
      byte[] zeros = new byte[64 * 1024];
      for (long written = 0; written < count; written += zeros.length) {
        gzip.write(zeros, 0, (int) Math.min(zeros.length, count - written));
      }
    }
    return out.toByteArray();
  }

  @Test
  void decompressed_shouldUnpackABodyUnderTheLimit() throws IOException {
    byte[] body = RequestBodyLimit.decompressed(new ByteArrayInputStream(gzipOfZeros(1000)));

    assertThat(body).hasSize(1000);
  }

  @Test
  void decompressed_shouldStopAtTheLimitWithoutUnpackingTheRest() throws IOException {
    byte[] bomb = gzipOfZeros(1L << 30);

    assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
    assertThat(RequestBodyLimit.decompressed(new ByteArrayInputStream(bomb))).isNull();
  }
}
