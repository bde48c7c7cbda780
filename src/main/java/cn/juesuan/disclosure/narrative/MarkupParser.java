package cn.juesuan.disclosure.narrative;

import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.document.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the templates' line markup into layout blocks. Each block starts with a marker line:
 * <pre>
 *   @part TEXT      part title (第一部分 …), in the 目录 and the outline
 *   @h1 TEXT        heading 一、… (in the 目录 and the outline); {@code @h1 TEXT|LISTED}: listed
 *                   with other words than the heading's
 *   @h1~ TEXT       heading 一、… in the outline (bookmarks) only, not in the 目录
 *   @h1- TEXT       heading 一、… kept out of the 目录 and the outline (附件 reports)
 *   @h2 TEXT        heading （一）…
 *   @h3 TEXT        heading 1. …
 *   @p TEXT         paragraph with the two-character first-line indent
 *   @np TEXT        paragraph without indent
 *   @center TEXT    centred line;  @right TEXT  right-aligned line
 *   @table KEY      a table form (公开01 = gk01 …, selfAssessment); its title in the 目录 and
 *                   the outline; @table~ KEY in the outline only, @table- KEY in neither
 *   @attachment LABEL|TITLE   an attachment's label ("附件 1："); the 目录 lists it with TITLE
 *   @tables         the format's tables in print order, page by page (the catalogue's
 *                   {@code pages}: the first page continues the current one, each further
 *                   page opens with a page break); each title in the 目录 and the outline;
 *                   {@code @tables numbered}: listed as 一、… 二、… in print order, where the
 *                   pages print the bare title (普陀区)
 *   @newpage        page break
 * </pre>
 * A line without a marker continues the previous block's text (long template lines may wrap);
 * blank lines separate nothing and are ignored.
 */
final class MarkupParser {
  private MarkupParser() {}

  static List<Block> parse(String text, Map<String, TableSpec> tables) {
    return parse(text, tables, List.of());
  }

  static List<Block> parse(String text, Map<String, TableSpec> tables, List<List<String>> pages) {
    List<Block> out = new ArrayList<>();
    String marker = null;
    StringBuilder body = new StringBuilder();
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("@")) {
        flush(out, marker, body, tables, pages);
        int space = line.indexOf(' ');
        marker = space < 0 ? line : line.substring(0, space);
        body.setLength(0);
        body.append(space < 0 ? "" : line.substring(space + 1).strip());
      } else if (marker == null) {
        throw new NarrativeException("text before any marker: " + line);
      } else {
        body.append(line);
      }
    }
    flush(out, marker, body, tables, pages);
    return out;
  }

  private static void flush(List<Block> out, String marker, StringBuilder body, Map<String, TableSpec> tables,
                            List<List<String>> pages) {
    if (marker == null) {
      return;
    }
    String t = body.toString();
    switch (marker) {
      case "@part" -> out.add(new Block.PartTitle(t, false));
      case "@h1", "@h1~", "@h1-" -> {
        int bar = t.indexOf('|');
        out.add(bar < 0 ? new Block.Heading(1, t, listing(marker))
            : new Block.Heading(1, t.substring(0, bar), listing(marker), t.substring(bar + 1)));
      }
      case "@h2" -> out.add(new Block.Heading(2, t, Block.Listing.NONE));
      case "@h3" -> out.add(new Block.Heading(3, t, Block.Listing.NONE));
      case "@p" -> out.add(new Block.Paragraph(t, true, Block.Align.JUSTIFIED));
      case "@np" -> out.add(new Block.Paragraph(t, false, Block.Align.JUSTIFIED));
      case "@center" -> out.add(new Block.Paragraph(t, false, Block.Align.CENTER));
      case "@right" -> out.add(new Block.Paragraph(t, false, Block.Align.RIGHT));
      case "@newpage" -> out.add(new Block.PageBreak());
      case "@tables" -> {
        if (!t.isEmpty() && !t.equals("numbered")) {
          throw new NarrativeException("@tables takes nothing or \"numbered\": " + t);
        }
        int n = 0;
        for (int i = 0; i < pages.size(); i++) {
          if (i > 0) {
            out.add(new Block.PageBreak());
          }
          for (String key : pages.get(i)) {
            TableSpec spec = table(tables, key);
            String contents = t.isEmpty() ? null : ChineseNumerals.of(++n) + "、" + spec.title();
            out.add(new Block.Table(spec, Block.Listing.CONTENTS, contents));
          }
        }
      }
      case "@attachment" -> {
        int bar = t.indexOf('|');
        if (bar < 0) {
          throw new NarrativeException("@attachment needs LABEL|TITLE: " + t);
        }
        out.add(new Block.AttachmentLabel(t.substring(0, bar), t.substring(bar + 1)));
      }
      case "@table", "@table~", "@table-" -> {
        out.add(new Block.Table(table(tables, t), listing(marker)));
      }
      default -> throw new NarrativeException("unknown marker " + marker);
    }
  }

  private static TableSpec table(Map<String, TableSpec> tables, String key) {
    TableSpec spec = tables.get(key);
    if (spec == null) {
      throw new NarrativeException("unknown table form: " + key);
    }
    return spec;
  }

  /** The marker's suffix: none = 目录 and outline, "~" = outline only, "-" = neither. */
  private static Block.Listing listing(String marker) {
    return marker.endsWith("~") ? Block.Listing.OUTLINE
        : marker.endsWith("-") ? Block.Listing.NONE : Block.Listing.CONTENTS;
  }
}
