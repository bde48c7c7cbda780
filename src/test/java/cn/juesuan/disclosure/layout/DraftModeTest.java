package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DraftModeTest {

  @Test
  void findingsPageComesFirstAndTheMarkLeavesTheTextAlone() throws Exception {
    try (PdfText draft = new PdfText(PdfRenderer.render(SampleDocs.draft()));
         PdfText fin = new PdfText(PdfRenderer.render(SampleDocs.sample()))) {
      assertEquals(fin.pages.size() + 1, draft.pages.size());
      String notice = draft.pages.get(0);
      assertTrue(PdfText.squeeze(notice).contains("W001公开05表卫生健康支出"), notice);
      assertTrue(PdfText.squeeze(notice).contains("W002部门职责称“全额拨款”"), notice);
      // every later page reads exactly as in the final version: the mark is not text
      for (int p = 0; p < fin.pages.size(); p++) {
        assertEquals(fin.pages.get(p), draft.pages.get(p + 1), "page " + (p + 2));
      }
      assertFalse(draft.all().substring(notice.length()).contains("草稿"));
    }
  }

  @Test
  void theMarkIsDrawnOnEveryPage() throws Exception {
    byte[] bytes = PdfRenderer.render(SampleDocs.draft());
    try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      for (var page : doc.getPages()) {
        // a filled path in light grey, under the text: look for the grey fill operator
        String content = new String(page.getContents().readAllBytes(),
            java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(content.contains("0.86 g"), "no mark on a page");
      }
    }
  }
}
