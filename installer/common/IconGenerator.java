import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws Depder's neutral icon (a plain ruled notebook, nothing that hints at the subject) and
 * writes it as PNG (Linux, the window), ICO (Windows) and ICNS (macOS). Run from the repository
 * root: {@code java installer/common/IconGenerator.java}. The outputs are committed; run again
 * only to change the icon.
 */
public class IconGenerator {
  public static void main(String[] args) throws IOException {
    Path linux = Path.of("installer/linux");
    Path windows = Path.of("installer/windows");
    Path macos = Path.of("installer/macos");
    Path app = Path.of("src/main/resources/org/depder/ui");
    for (Path dir : List.of(linux, windows, macos, app)) {
      Files.createDirectories(dir);
    }
    Files.write(linux.resolve("depder.png"), png(draw(256)));
    Files.write(app.resolve("depder-icon-64.png"), png(draw(64)));
    Files.write(app.resolve("depder-icon-256.png"), png(draw(256)));
    List<byte[]> icoImages = new ArrayList<>();
    for (int size : new int[] {16, 32, 48, 256}) {
      icoImages.add(png(draw(size)));
    }
    Files.write(windows.resolve("depder.ico"), ico(icoImages, new int[] {16, 32, 48, 256}));
    Files.write(macos.resolve("depder.icns"), icns(png(draw(256)), png(draw(512))));
  }

  static BufferedImage draw(int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    double s = size / 256.0;
    g.setColor(new Color(0x2F, 0x5D, 0x62));
    g.fill(new RoundRectangle2D.Double(8 * s, 8 * s, 240 * s, 240 * s, 56 * s, 56 * s));
    g.setColor(new Color(0xF4, 0xF1, 0xEA));
    g.fill(new RoundRectangle2D.Double(64 * s, 44 * s, 132 * s, 168 * s, 14 * s, 14 * s));
    g.setColor(new Color(0xA7, 0xBE, 0xAE));
    g.fill(new RoundRectangle2D.Double(64 * s, 44 * s, 22 * s, 168 * s, 10 * s, 10 * s));
    if (size >= 32) {
      g.setColor(new Color(0x5E, 0x81, 0x7E));
      g.setStroke(new BasicStroke((float) Math.max(1, 5 * s)));
      for (int i = 0; i < 5; i++) {
        int y = (int) Math.round((84 + i * 26) * s);
        g.drawLine((int) (100 * s), y, (int) (180 * s), y);
      }
    }
    g.dispose();
    return image;
  }

  static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** ICO with PNG-compressed entries (supported since Windows Vista). */
  static byte[] ico(List<byte[]> pngs, int[] sizes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeShort(0);
    out.writeShort(Short.reverseBytes((short) 1));
    out.writeShort(Short.reverseBytes((short) pngs.size()));
    int offset = 6 + 16 * pngs.size();
    for (int i = 0; i < pngs.size(); i++) {
      int size = sizes[i] >= 256 ? 0 : sizes[i];
      out.writeByte(size);
      out.writeByte(size);
      out.writeByte(0);
      out.writeByte(0);
      out.writeShort(Short.reverseBytes((short) 1));
      out.writeShort(Short.reverseBytes((short) 32));
      out.writeInt(Integer.reverseBytes(pngs.get(i).length));
      out.writeInt(Integer.reverseBytes(offset));
      offset += pngs.get(i).length;
    }
    for (byte[] png : pngs) {
      out.write(png);
    }
    return bytes.toByteArray();
  }

  /** ICNS with PNG entries: ic08 (256x256) and ic09 (512x512). */
  static byte[] icns(byte[] png256, byte[] png512) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeBytes("icns");
    out.writeInt(8 + 8 + png256.length + 8 + png512.length);
    out.writeBytes("ic08");
    out.writeInt(8 + png256.length);
    out.write(png256);
    out.writeBytes("ic09");
    out.writeInt(8 + png512.length);
    out.write(png512);
    return bytes.toByteArray();
  }
}
