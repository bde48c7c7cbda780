package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The line bound of TextFlow skips laying out a paragraph twice only where every character is at
 * most TextFlow.MAX_WIDTH_EMS wide: that must hold in both bundled faces for every character it counts so.
 */
class TextFlowBoundTest {

  @Test
  void everyCharacterCountedNarrowIsSoInBothFaces() {
    List<String> wider = new ArrayList<>();
    try (FontSet.Fonts fonts = FontSet.borrow(new byte[] {7})) {
      for (char c = 0; c < Character.MAX_VALUE; c++) {
        if (!TextFlow.narrow(c)) {
          continue;
        }
        for (BaseFont face : List.of(fonts.serif(), fonts.sans())) {
          if (face.charExists(c) && face.getWidth(c) > TextFlow.MAX_WIDTH_EMS * 1000) {
            wider.add(Integer.toHexString(c) + " " + face.getWidth(c));
          }
        }
      }
    }
    assertEquals(List.of(), wider);
  }

  /** The lower bound a heading relies on to skip measuring what follows it: never above the lines laid out. */
  @Test
  void theLowerBoundNeverExceedsTheLinesOfTheBodyTextOfEveryDataset() throws Exception {
    List<String> texts = new ArrayList<>();
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("data"))) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        var doc = cn.juesuan.disclosure.pipeline.DocumentAssembler.assemble(
            cn.juesuan.disclosure.pipeline.Pipeline.analyse(f), cn.juesuan.disclosure.pipeline.DocumentAssembler.Options.FINAL);
        doc.blocks().stream().filter(b -> b instanceof cn.juesuan.disclosure.document.Block.Paragraph)
            .map(b -> ((cn.juesuan.disclosure.document.Block.Paragraph) b).text()).forEach(texts::add);
      }
    }
    texts.add("0123456789.,;:!ijl| ".repeat(40)); // narrow glyphs: the bound is loosest here
    texts.add("一二三四五六七八九十".repeat(30));
    List<String> wrong = new ArrayList<>();
    try (FontSet.Fonts fonts = FontSet.borrow(new byte[] {7})) {
      Typography type = new Typography(fonts.serif(), fonts.sans());
      Typesetter typesetter = new Typesetter(type);
      ParagraphBreaker breaker = new ParagraphBreaker((text, first, justifyAll) -> typesetter.paragraph(text,
          type.body(), Typography.BODY_LEADING, com.lowagie.text.Element.ALIGN_JUSTIFIED, first, false));
      for (String t : texts) {
        int lines = breaker.lines(t, true);
        if (TextFlow.linesAtLeast(t, type.body()) > lines) {
          wrong.add(lines + " lines: " + t);
        }
      }
    }
    assertEquals(List.of(), wrong);
    org.junit.jupiter.api.Assertions.assertTrue(texts.size() > 100, "paragraphs checked: " + texts.size());
  }
}
