package cn.juesuan.disclosure.narrative;

import cn.juesuan.disclosure.layout.Block;
import cn.juesuan.disclosure.layout.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the templates' line markup into layout blocks. Each block starts with a marker line:
 * <pre>
 *   @part TEXT      part title (第一部分 …), in the 目录 and the outline
 *   @h1 TEXT        heading 一、… (in the 目录 and the outline)
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
 *   @newpage        page break
 * </pre>
 * A line without a marker continues the previous block's text (long template lines may wrap);
 * blank lines separate nothing and are ignored.
 */
final class MarkupParser {
  private MarkupParser() {}

  static List<Block> parse(String text, Map<String, TableSpec> tables) {
    List<Block> out = new ArrayList<>();
    String marker = null;
    StringBuilder body = new StringBuilder();
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("@")) {
        flush(out, marker, body, tables);
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
    flush(out, marker, body, tables);
    return out;
  }

  private static void flush(List<Block> out, String marker, StringBuilder body, Map<String, TableSpec> tables) {
    if (marker == null) {
      return;
    }
    String t = body.toString();
    switch (marker) {
      case "@part" -> out.add(new Block.PartTitle(t, false));
      case "@h1", "@h1~", "@h1-" -> out.add(new Block.Heading(1, t, listing(marker)));
      case "@h2" -> out.add(new Block.Heading(2, t, Block.Listing.NONE));
      case "@h3" -> out.add(new Block.Heading(3, t, Block.Listing.NONE));
      case "@p" -> out.add(new Block.Paragraph(t, true, Block.Align.JUSTIFIED));
      case "@np" -> out.add(new Block.Paragraph(t, false, Block.Align.JUSTIFIED));
      case "@center" -> out.add(new Block.Paragraph(t, false, Block.Align.CENTER));
      case "@right" -> out.add(new Block.Paragraph(t, false, Block.Align.RIGHT));
      case "@newpage" -> out.add(new Block.PageBreak());
      case "@attachment" -> {
        int bar = t.indexOf('|');
        if (bar < 0) {
          throw new NarrativeException("@attachment needs LABEL|TITLE: " + t);
        }
        out.add(new Block.AttachmentLabel(t.substring(0, bar), t.substring(bar + 1)));
      }
      case "@table", "@table~", "@table-" -> {
        TableSpec spec = tables.get(t);
        if (spec == null) {
          throw new NarrativeException("unknown table form: " + t);
        }
        out.add(new Block.Table(spec, listing(marker)));
      }
      default -> throw new NarrativeException("unknown marker " + marker);
    }
  }

  /** The marker's suffix: none = 目录 and outline, "~" = outline only, "-" = neither. */
  private static Block.Listing listing(String marker) {
    return marker.endsWith("~") ? Block.Listing.OUTLINE
        : marker.endsWith("-") ? Block.Listing.NONE : Block.Listing.CONTENTS;
  }
}
