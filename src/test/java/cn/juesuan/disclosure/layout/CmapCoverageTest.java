package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.lowagie.text.pdf.BaseFont;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The cmap-only coverage answers like OpenPDF's full parse, for every code point of both faces. */
class CmapCoverageTest {

  @ParameterizedTest
  @ValueSource(strings = {FontSet.SERIF_RESOURCE, FontSet.SANS_RESOURCE})
  void agreesWithOpenPdfOnEveryCodePoint(String resource) throws Exception {
    byte[] bytes;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      bytes = in.readAllBytes();
    }
    CmapCoverage coverage = CmapCoverage.read(bytes);
    assertNotNull(coverage, "the bundled faces have a cmap read without the full parse");
    BaseFont parsed = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    int present = 0;
    for (int cp = 0; cp < CmapCoverage.CODE_POINTS; cp++) {
      boolean expected = parsed.charExists(cp);
      if (expected != coverage.contains(cp)) {
        assertEquals(expected, coverage.contains(cp), String.format("U+%04X in %s", cp, resource));
      }
      present += expected ? 1 : 0;
    }
    // the faces cover CJK: tens of thousands of code points, so the comparison is not vacuous
    assertEquals(true, present > 20_000, present + " code points");
  }

  @Test
  void outOfRangeCodePointsAreAbsent() throws Exception {
    byte[] bytes;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(FontSet.SANS_RESOURCE)) {
      bytes = in.readAllBytes();
    }
    CmapCoverage coverage = CmapCoverage.read(bytes);
    assertEquals(false, coverage.contains(-1));
    assertEquals(false, coverage.contains(Character.MAX_CODE_POINT + 1));
  }

  @Test
  void givesUpOnWhatIsNotAFont() {
    assertNull(CmapCoverage.read(new byte[] {1, 2, 3}));
    assertNull(CmapCoverage.read(new byte[64]));
  }
}
