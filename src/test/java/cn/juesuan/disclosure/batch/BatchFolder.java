package cn.juesuan.disclosure.batch;

import cn.juesuan.disclosure.testing.Example;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small batch input: three good departments in sub-folders and three broken ones. */
final class BatchFolder {
  /** A character no bundled font has (the last code point of plane 16, private use). */
  static final String UNDRAWABLE = new String(Character.toChars(0x10FFFD));

  private BatchFolder() {}

  static void write(Path dir) throws IOException {
    // good: the example under other names, with other amounts where the prose allows
    put(dir.resolve("gansu/linxia/zonggonghui.yaml"), Example.text());
    put(dir.resolve("gansu/linxia/tuanshiwei.yaml"), renamed("临夏市团市委")
        .replace("previousTotal: 741.90", "previousTotal: 612.35"));
    put(dir.resolve("gansu/fulian.yml"), renamed("临夏市妇联")
        .replace("previous: 160.78", "previous: 98.20"));
    // broken: cannot be read at all
    put(dir.resolve("broken/malformed.yaml"), "department: {name: 临夏市科协, year: 2024\nprofile: [\n");
    // broken: loads, but an identity (勾稽关系) fails by far more than the rounding tolerance
    put(dir.resolve("broken/identity.yaml"), identity());
    // broken: a character that would print as a blank box
    put(dir.resolve("broken/glyph.yaml"), Example.mutated("uses: 办公费、工会经费", "uses: 办公费" + UNDRAWABLE + "、工会经费"));
  }

  /** The example with 公开01 本年收入合计 (line 27) 10.00 above its one part and its 总计. */
  static String identity() {
    return Example.mutated("total: 478.11                    # 27 本年收入合计\n      openingBalance",
        "total: 488.11                    # 27 本年收入合计\n      openingBalance");
  }

  private static byte[] ourPdf;

  /** A PDF this program wrote (the example), rendered once for all tests. */
  static synchronized byte[] ourPdf() {
    if (ourPdf == null) {
      ourPdf = cn.juesuan.disclosure.layout.PdfRenderer.render(cn.juesuan.disclosure.pipeline.DocumentAssembler.assemble(
          Example.analysis(), cn.juesuan.disclosure.narrative.Narrator.bundled(),
          cn.juesuan.disclosure.pipeline.DocumentAssembler.Options.FINAL));
    }
    return ourPdf;
  }

  static String renamed(String name) {
    return Example.mutated("  name: 临夏市总工会", "  name: " + name);
  }

  static void put(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
