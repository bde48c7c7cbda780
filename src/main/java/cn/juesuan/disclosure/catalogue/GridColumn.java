package cn.juesuan.disclosure.catalogue;

import java.util.Set;

/**
 * One grid column of a form as the catalogue declares it: what it holds, which decides how the
 * layout sizes it, and its design width relative to the other columns.
 * <ul>
 *   <li>{@code amount}, {@code code}: amounts, 科目代码, 行次: no break point, never narrower than
 *       their widest entry;</li>
 *   <li>{@code name}: 科目名称, 项目: wraps, and gives up width first (down to a few ideographs);</li>
 *   <li>{@code label}: a short label that wraps down to {@code minChars} ideographs;</li>
 *   <li>{@code fixed}: exactly its share of the widths (an entry too wide is set smaller).</li>
 * </ul>
 */
public record GridColumn(String kind, float width, float minChars) {
  public static final Set<String> KINDS = Set.of("amount", "code", "name", "label", "fixed");

  public GridColumn {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown column kind " + kind);
    }
  }
}
