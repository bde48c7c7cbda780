package cn.juesuan.disclosure.layout;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;

/** A4 portrait with the GB/T 9704 版心: 天头 37 mm, 订口 28 mm, 156 × 225 mm text block. */
final class PageGeometry {

  static final float MM = 72f / 25.4f;

  static final Rectangle PAGE = PageSize.A4;
  static final float MARGIN_TOP = 37 * MM;
  static final float MARGIN_BOTTOM = 35 * MM;
  static final float MARGIN_LEFT = 28 * MM;
  static final float MARGIN_RIGHT = 26 * MM;

  static final float TEXT_LEFT = MARGIN_LEFT;
  static final float TEXT_RIGHT = PAGE.getWidth() - MARGIN_RIGHT;
  static final float TEXT_WIDTH = TEXT_RIGHT - TEXT_LEFT;
  static final float TEXT_TOP = PAGE.getHeight() - MARGIN_TOP;
  static final float TEXT_BOTTOM = MARGIN_BOTTOM;

  /** Page number: its line's top edge 7 mm below the text block (GB/T 9704 §7.5). */
  static final float FOOTER_BASELINE = TEXT_BOTTOM - 7 * MM - 12f;

  private PageGeometry() {}
}
