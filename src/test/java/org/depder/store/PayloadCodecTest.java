package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PayloadCodecTest {
  @Property(tries = 200)
  void roundTripsAnyBytes(@ForAll byte[] payload) throws Exception {
    assertThat(PayloadCodec.decode(PayloadCodec.encode(payload))).isEqualTo(payload);
  }

  @Test
  void compressibleTextUsesDeflate() {
    byte[] text = "Aşgabat, Mary, Daşoguz. ".repeat(100).getBytes(StandardCharsets.UTF_8);
    byte[] encoded = PayloadCodec.encode(text);
    assertThat(encoded[0]).isEqualTo(PayloadCodec.DEFLATE);
    assertThat(encoded.length).isLessThan(text.length / 5);
  }

  @Test
  void incompressibleBytesAreStored() {
    byte[] tiny = {42};
    assertThat(PayloadCodec.encode(tiny)).containsExactly(PayloadCodec.STORED, 42);
  }

  @Test
  void unknownCodecAndTruncatedStreamsAreRejected() {
    assertThatThrownBy(() -> PayloadCodec.decode(new byte[] {7, 1, 2}))
        .isInstanceOf(DataFormatException.class);
    byte[] encoded = PayloadCodec.encode("x".repeat(1000).getBytes(StandardCharsets.UTF_8));
    byte[] cut = java.util.Arrays.copyOf(encoded, encoded.length - 2);
    assertThatThrownBy(() -> PayloadCodec.decode(cut)).isInstanceOf(DataFormatException.class);
    assertThatThrownBy(() -> PayloadCodec.decode(new byte[0]))
        .isInstanceOf(DataFormatException.class);
  }

  @Test
  void aDecompressionBombIsRefused() {
    // A few KiB that inflate to one byte more than the limit.
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(9, true);
    deflater.setInput(new byte[PayloadCodec.MAX_PAYLOAD_BYTES + 1]);
    deflater.finish();
    byte[] buffer = new byte[1 << 20];
    int n = deflater.deflate(buffer);
    deflater.end();
    byte[] bomb = new byte[n + 1];
    bomb[0] = PayloadCodec.DEFLATE;
    System.arraycopy(buffer, 0, bomb, 1, n);
    assertThatThrownBy(() -> PayloadCodec.decode(bomb)).isInstanceOf(DataFormatException.class);
  }

  @Test
  void encodingABatchWithOneDeflaterGivesTheSameBytesAsOneByOne() {
    java.util.List<byte[]> payloads =
        java.util.List.of(
            "{\"a\":\"aaaaaaaaaaaaaaaaaaaaaaaa\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            new byte[] {42},
            new byte[0],
            "Людмила Ахмедова ".repeat(40).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.util.List<byte[]> batch = PayloadCodec.encodeAll(payloads);
    assertThat(batch).hasSize(payloads.size());
    for (int i = 0; i < payloads.size(); i++) {
      assertThat(batch.get(i)).isEqualTo(PayloadCodec.encode(payloads.get(i)));
    }
  }
}
