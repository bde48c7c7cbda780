package cn.juesuan.disclosure.layout;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * Sizes and faces, in one place. Body 16 pt (三号) on a fixed 28 pt line pitch, which puts 27
 * ideographs on a full line of the 156 mm text block, as in the print.
 */
final class Typography {

  static final float BODY_SIZE = 16f;
  static final float BODY_LEADING = 28f;
  /** Two ideographs: the first-line indent of a Chinese paragraph. */
  static final float INDENT = 2 * BODY_SIZE;

  static final float PART_SIZE = 22f;        // 二号
  static final float COVER_TITLE_SIZE = 26f; // 一号
  static final float COVER_UNIT_SIZE = 22f;
  static final float TABLE_TITLE_SIZE = 14f; // 四号
  static final float FOOTER_SIZE = 14f;      // 四号 (page numbers)
  static final float NOTICE_SIZE = 12f;
  static final float TOC_SIZE = 16f;

  /** Stroke width that thickens a regular face into a readable "bold" (no bold file bundled). */
  static final float FAUX_BOLD_STROKE = 0.35f;

  final BaseFont serif;
  final BaseFont sans;

  Typography(BaseFont serif, BaseFont sans) {
    this.serif = serif;
    this.sans = sans;
  }

  Font serif(float size) {
    return new Font(serif, size);
  }

  Font sans(float size) {
    return new Font(sans, size);
  }

  Font body() {
    return serif(BODY_SIZE);
  }
}
