package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a paragraph of n lines is cut when r lines are left on the page. */
class ParagraphBreakerTest {

  @Test
  void aParagraphThatFitsIsNotCut() {
    assertEquals(5, ParagraphBreaker.cutAfter(5, 5));
    assertEquals(1, ParagraphBreaker.cutAfter(1, 20));
  }

  @Test
  void oneLineLeftSendsTheParagraphOver() {
    assertEquals(0, ParagraphBreaker.cutAfter(6, 1)); // orphan
    assertEquals(0, ParagraphBreaker.cutAfter(6, 0));
  }

  @Test
  void aShortParagraphIsNotShared() {
    assertEquals(0, ParagraphBreaker.cutAfter(2, 1));
    assertEquals(0, ParagraphBreaker.cutAfter(3, 2)); // 2 + 1 would leave a widow, 1 + 2 an orphan
  }

  @Test
  void aWidowTakesALineWithIt() {
    assertEquals(3, ParagraphBreaker.cutAfter(5, 4)); // not 4 + 1: 3 + 2
    assertEquals(2, ParagraphBreaker.cutAfter(4, 3));
    assertEquals(4, ParagraphBreaker.cutAfter(10, 4)); // 4 + 6 as OpenPDF would break
  }
}
