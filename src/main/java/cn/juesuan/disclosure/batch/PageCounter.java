package cn.juesuan.disclosure.batch;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import java.io.IOException;

/** Pages of a finished PDF, read from its page tree (partial read: xref and trailer only). */
final class PageCounter {
  private PageCounter() {}

  static int count(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(new RandomAccessFileOrArray(pdf), null);
    try {
      return reader.getNumberOfPages();
    } finally {
      reader.close();
    }
  }
}
