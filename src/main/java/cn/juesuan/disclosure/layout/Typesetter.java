package cn.juesuan.disclosure.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * Turns a string into OpenPDF chunks that break lines by {@link CjkLineBreaker}. A string is
 * kept in one chunk (the break rule sees whole runs); only characters the chosen face lacks go
 * to a chunk in the other face, so nothing prints as a blank box.
 */
final class Typesetter {

  private final Typography type;

  Typesetter(Typography type) {
    this.type = type;
  }

  Typography type() {
    return type;
  }

  /** A phrase in {@code font}, with a fixed leading. */
  Phrase phrase(String text, Font font, float leading, boolean bold) {
    Phrase phrase = new Phrase(leading);
    phrase.setFont(font);
    for (Chunk chunk : chunks(text, font, bold)) {
      phrase.add(chunk);
    }
    return phrase;
  }

  /** A paragraph of {@code text}; {@code indent}: the two-character first-line indent. */
  com.lowagie.text.Paragraph paragraph(String text, Font font, float leading, int align,
                                       boolean indent, boolean bold) {
    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(phrase(text, font, leading, bold));
    p.setAlignment(align);
    if (indent) {
      p.setFirstLineIndent(2 * font.getSize());
    }
    return p;
  }

  /** Chunks of {@code text}: one, unless some characters need the other face. */
  java.util.List<Chunk> chunks(String text, Font font, boolean bold) {
    text = text == null ? "" : text;
    java.util.List<Chunk> out = new java.util.ArrayList<>();
    boolean serifFirst = font.getBaseFont() == type.serif;
    Font other = new Font(serifFirst ? type.sans : type.serif, font.getSize());
    StringBuilder run = new StringBuilder();
    boolean runInOther = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean needsOther = !FontSet.isLayoutWhitespace(cp)
          && !(serifFirst ? FontSet.serifCanDraw(cp) : FontSet.sansCanDraw(cp))
          && (serifFirst ? FontSet.sansCanDraw(cp) : FontSet.serifCanDraw(cp));
      if (needsOther != runInOther && run.length() > 0) {
        out.add(chunk(run.toString(), runInOther ? other : font, bold));
        run.setLength(0);
      }
      runInOther = needsOther;
      run.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    if (run.length() > 0 || out.isEmpty()) {
      out.add(chunk(run.toString(), runInOther ? other : font, bold));
    }
    return out;
  }

  static Chunk chunk(String text, Font font, boolean bold) {
    Chunk chunk = new Chunk(text, font);
    chunk.setSplitCharacter(CjkLineBreaker.INSTANCE);
    if (bold) {
      chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE,
          Typography.FAUX_BOLD_STROKE * font.getSize() / 16f, null);
    }
    return chunk;
  }

  /** Width in points of {@code text} in one face (for fitting amounts into cells). */
  static float width(String text, BaseFont font, float size) {
    return font.getWidthPoint(text, size);
  }
}
