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

  /**
   * A4 landscape, for a table too wide for portrait at any readable size: the portrait margins
   * turned with the sheet (天头 on the left, as a turned page is read), a 225 × 156 mm block.
   */
  static final Rectangle LANDSCAPE_PAGE = PageSize.A4.rotate();
  static final float LANDSCAPE_MARGIN_LEFT = MARGIN_TOP;
  static final float LANDSCAPE_MARGIN_RIGHT = MARGIN_BOTTOM;
  static final float LANDSCAPE_MARGIN_TOP = MARGIN_RIGHT;
  static final float LANDSCAPE_MARGIN_BOTTOM = MARGIN_LEFT;
  static final float LANDSCAPE_TEXT_WIDTH =
      LANDSCAPE_PAGE.getWidth() - LANDSCAPE_MARGIN_LEFT - LANDSCAPE_MARGIN_RIGHT;

  /** Text width of a page of this size (portrait or landscape). */
  static boolean isLandscape(Rectangle page) {
    return page.getWidth() > page.getHeight();
  }

  /** The footer's baseline on a page whose text block ends {@code textBottom} above its foot. */
  static float footerBaseline(float textBottom) {
    return textBottom - 7 * MM - 12f;
  }

  private PageGeometry() {}
}
