package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The warm-up's throw-away render leaves nothing behind that reaches a real PDF. */
class RehearsalTest {

  @Test
  void aRehearsalWithTheSameFontsChangesNoByteOfTheNextDocument() {
    Block.Doc doc = SampleDocs.sample();
    byte[] before = PdfRenderer.render(doc);
    // the pool hands the same pair out again: rehearse with it, as the warm-up thread does
    try (FontSet.Fonts fonts = FontSet.borrow(new byte[] {42})) {
      Rehearsal.run(fonts);
    }
    assertArrayEquals(before, PdfRenderer.render(doc));
  }
}
