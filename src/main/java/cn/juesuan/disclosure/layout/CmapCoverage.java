package cn.juesuan.disclosure.layout;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Which code points a TrueType face maps, read from its {@code cmap} table alone: what
 * {@code validate} and the glyph checks need, without OpenPDF's full parse of the face (names,
 * metrics, every glyph's bounding box: about 0.1–0.2 s a face on a cold JVM).
 *
 * <p>It answers exactly as OpenPDF's {@code TrueTypeFontUnicode.charExists} does: the Windows
 * UCS-4 subtable (3,10) when there is one in format 4 or 12, else the Windows BMP subtable (3,1)
 * in format 4; a code point is present when the subtable lists it (even when it maps to glyph
 * 0). For any other layout (symbol fonts, formats 0/6) {@link #read} gives up and the caller
 * asks the parsed font instead. CmapCoverageTest compares both over every code point.
 */
final class CmapCoverage {
  static final int CODE_POINTS = Character.MAX_CODE_POINT + 1;

  private final long[] bits;

  private CmapCoverage(long[] bits) {
    this.bits = bits;
  }

  boolean contains(int cp) {
    return cp >= 0 && cp < CODE_POINTS && (bits[cp >>> 6] & (1L << cp)) != 0;
  }

  /** The coverage of a TrueType/OpenType file, or null when its cmap is not one read here. */
  static CmapCoverage read(byte[] font) {
    try {
      return readOrNull(ByteBuffer.wrap(font));
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      return null; // truncated or odd table: let the full parser judge the font
    }
  }

  private static CmapCoverage readOrNull(ByteBuffer b) {
    int version = b.getInt(0);
    if (version != 0x00010000 && version != 0x4F54544F) { // TrueType or "OTTO"; not a collection
      return null;
    }
    int tables = b.getShort(4) & 0xFFFF;
    int cmap = -1;
    for (int k = 0; k < tables; k++) {
      int record = 12 + 16 * k;
      String tag = new String(new byte[] {b.get(record), b.get(record + 1), b.get(record + 2), b.get(record + 3)},
          StandardCharsets.ISO_8859_1);
      if (tag.equals("cmap")) {
        cmap = b.getInt(record + 8);
      }
    }
    if (cmap < 0) {
      return null;
    }
    int subtables = b.getShort(cmap + 2) & 0xFFFF;
    int bmp = 0;
    int full = 0;
    for (int k = 0; k < subtables; k++) {
      int record = cmap + 4 + 8 * k;
      int platform = b.getShort(record) & 0xFFFF;
      int encoding = b.getShort(record + 2) & 0xFFFF;
      int offset = b.getInt(record + 4);
      if (platform == 3 && encoding == 0) {
        return null; // a symbol font: OpenPDF remaps its codes
      } else if (platform == 3 && encoding == 1) {
        bmp = offset;
      } else if (platform == 3 && encoding == 10) {
        full = offset;
      }
    }
    long[] bits = new long[CODE_POINTS / 64];
    if (full > 0) {
      int format = b.getShort(cmap + full) & 0xFFFF;
      if (format == 12) {
        return readFormat12(b, cmap + full, bits);
      } else if (format == 4) {
        return readFormat4(b, cmap + full, bits);
      } else if (format == 0 || format == 6) {
        return null;
      }
    }
    if (bmp > 0 && (b.getShort(cmap + bmp) & 0xFFFF) == 4) {
      return readFormat4(b, cmap + bmp, bits);
    }
    return null;
  }

  /** Segmented coverage (format 12): groups of consecutive code points. */
  private static CmapCoverage readFormat12(ByteBuffer b, int at, long[] bits) {
    int groups = b.getInt(at + 12);
    for (int g = 0; g < groups; g++) {
      int group = at + 16 + 12 * g;
      int start = b.getInt(group);
      int end = b.getInt(group + 4);
      if (start < 0 || end >= CODE_POINTS) {
        return null;
      }
      for (int cp = start; cp <= end; cp++) {
        bits[cp >>> 6] |= 1L << cp;
      }
    }
    return new CmapCoverage(bits);
  }

  /**
   * Segment mapping to delta values (format 4), as OpenPDF reads it: every code of a segment up
   * to (not including) 0xFFFF, except those whose glyph index would lie past the glyph array.
   */
  private static CmapCoverage readFormat4(ByteBuffer b, int at, long[] bits) {
    int length = b.getShort(at + 2) & 0xFFFF;
    int segments = (b.getShort(at + 6) & 0xFFFF) / 2;
    int ends = at + 14;
    int starts = ends + 2 * segments + 2;
    int rangeOffsets = starts + 4 * segments;
    int glyphIds = length / 2 - 8 - segments * 4;
    for (int k = 0; k < segments; k++) {
      int end = b.getShort(ends + 2 * k) & 0xFFFF;
      int start = b.getShort(starts + 2 * k) & 0xFFFF;
      int rangeOffset = b.getShort(rangeOffsets + 2 * k) & 0xFFFF;
      for (int cp = start; cp <= end && cp != 0xFFFF; cp++) {
        if (rangeOffset != 0) {
          int index = k + rangeOffset / 2 - segments + cp - start;
          if (index >= glyphIds) {
            continue;
          }
          if (index < 0) {
            return null;
          }
        }
        bits[cp >>> 6] |= 1L << cp;
      }
    }
    return new CmapCoverage(bits);
  }
}
