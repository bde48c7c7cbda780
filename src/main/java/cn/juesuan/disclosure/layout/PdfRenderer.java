package cn.juesuan.disclosure.layout;

import com.lowagie.text.DocumentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link Block.Doc} as the disclosure PDF: A4 portrait, GB/T 9704 margins, cover,
 * 目录, outline, "— N —" page numbers, draft mark and findings page when asked.
 *
 * <p>Same Doc, same bytes: dates and /ID come from the metadata, subset tags from the file id
 * (or from a hash of the text when no id is given). Safe to call from many threads at once;
 * each call borrows its own fonts.
 */
public final class PdfRenderer {
  /** The /Creator of every PDF this program writes: how a file of ours is recognised later. */
  public static final String CREATOR = DocumentInfo.CREATOR;

  private PdfRenderer() {}

  /**
   * Renders {@code doc} into {@code out} (not closed).
   *
   * @throws IllegalArgumentException when some text has a character no bundled font can draw,
   *     or a table grid is malformed (the message says where)
   */
  public static void render(Block.Doc doc, OutputStream out) throws IOException {
    byte[] pdf = render(doc);
    out.write(pdf);
  }

  /** Renders {@code doc} to a byte array. */
  public static byte[] render(Block.Doc doc) {
    check(doc);
    byte[] fileId = doc.metadata() != null && doc.metadata().fileId() != null
        && doc.metadata().fileId().length > 0
        ? doc.metadata().fileId() : DocumentText.digest(doc);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
    try (FontSet.Fonts fonts = FontSet.borrow(fileId)) {
      new DocumentComposer(doc, fonts).write(buffer, fileId);
    } catch (DocumentException e) {
      throw new IllegalStateException("PDF layout failed: " + e.getMessage(), e);
    }
    return buffer.toByteArray();
  }

  /** The checks render runs first, for callers that want to reject a Doc early. */
  public static void check(Block.Doc doc) {
    DocumentText.requireDrawable(doc);
    for (Block block : doc.blocks()) {
      if (block instanceof Block.Table table) {
        TableRenderer.validate(table.spec());
      }
    }
  }
}
