package cn.juesuan.disclosure.bench;

import cn.juesuan.disclosure.layout.Block;
import cn.juesuan.disclosure.layout.TableSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The benchmark's opponent input: the same document as a Word file, as an office would have
 * typed it, for LibreOffice to convert to PDF (the last step of how the disclosure is made
 * today). Written from the very {@link Block.Doc} our PDF is laid out from, so it holds the
 * same text and the same tables: cover, a 目录 (plain lines: Word's would be a field with its
 * cached text), part titles and headings (Noto Sans SC), body paragraphs (Noto Serif SC 16 pt,
 * 28 pt leading, two-character indent), every table form as a real grid (header rows repeated,
 * column and row spans, borders) with its title, form number, unit line and notes, page breaks
 * where ours has them, and "— N —" page numbers in the footer; A4 with the same margins.
 * Plain WordprocessingML written by hand: a minimal but valid package (content types,
 * relationships, document, styles, footer).
 */
final class DocxWriter {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String SERIF = "Noto Serif SC";
  private static final String SANS = "Noto Sans SC";
  /** twentieths of a point per millimetre */
  private static final double TWIPS_PER_MM = 1440 / 25.4;

  private final StringBuilder body = new StringBuilder(256 * 1024);

  private DocxWriter() {}

  static void write(Block.Doc doc, Path file) throws IOException {
    DocxWriter w = new DocxWriter();
    w.document(doc);
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
          <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
          <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
          </Types>""");
      entry(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
          </Relationships>""");
      entry(zip, "word/_rels/document.xml.rels", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
          <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
          </Relationships>""");
      entry(zip, "word/styles.xml", styles());
      entry(zip, "word/footer1.xml", footer());
      entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>" + w.body + sectionProperties()
          + "</w:body></w:document>");
    }
  }

  private void document(Block.Doc doc) {
    Block.Cover cover = doc.cover();
    paragraph(cover.unit(), SANS, 44, true, "center", false, 2400);
    paragraph(cover.title(), SANS, 52, true, "center", false, 600);
    paragraph(cover.dateLine(), SERIF, 32, false, "center", false, 2400);
    pageBreak();
    paragraph("目录", SANS, 44, true, "center", false, 0);
    for (Block b : doc.blocks()) {
      String entry = null;
      if (b instanceof Block.PartTitle p) {
        entry = p.text();
      } else if (b instanceof Block.Heading h && h.listing() == Block.Listing.CONTENTS) {
        entry = "    " + h.text();
      } else if (b instanceof Block.Table t && t.listing() == Block.Listing.CONTENTS) {
        entry = "    " + t.spec().title();
      } else if (b instanceof Block.AttachmentLabel a) {
        entry = a.label() + a.title();
      }
      if (entry != null) {
        paragraph(entry, SERIF, 32, false, "left", false, 0);
      }
    }
    pageBreak();
    for (Block b : doc.blocks()) {
      if (b instanceof Block.PartTitle p) {
        if (p.newPage()) {
          pageBreak();
        }
        paragraph(p.text(), SANS, 44, true, "center", false, 0);
      } else if (b instanceof Block.Heading h) {
        paragraph(h.text(), h.level() == 1 ? SANS : SERIF, 32, h.level() == 2, "both", h.level() > 1, 0);
      } else if (b instanceof Block.AttachmentLabel a) {
        paragraph(a.label(), SANS, 32, false, "left", false, 0);
        paragraph(a.title(), SANS, 36, true, "center", false, 0);
      } else if (b instanceof Block.Paragraph p) {
        paragraph(p.text(), SERIF, 32, false, align(p.align()), p.indent(), 0);
      } else if (b instanceof Block.Table t) {
        table(t.spec());
      } else if (b instanceof Block.PageBreak) {
        pageBreak();
      }
    }
  }

  private static String align(Block.Align a) {
    return switch (a) {
      case LEFT -> "left";
      case CENTER -> "center";
      case RIGHT -> "right";
      case JUSTIFIED -> "both";
    };
  }

  /** One paragraph per line of {@code text}; sizes in half-points. */
  private void paragraph(String text, String font, int halfPoints, boolean bold, String align, boolean indent,
                         int spaceBefore) {
    for (String line : text.split("\n", -1)) {
      body.append("<w:p><w:pPr><w:spacing w:before=\"").append(spaceBefore).append("\" w:after=\"0\"/>");
      if (indent) {
        body.append("<w:ind w:firstLineChars=\"200\" w:firstLine=\"").append(halfPoints * 20).append("\"/>");
      }
      body.append("<w:jc w:val=\"").append(align).append("\"/></w:pPr>");
      run(line, font, halfPoints, bold);
      body.append("</w:p>");
    }
  }

  private void run(String text, String font, int halfPoints, boolean bold) {
    body.append("<w:r><w:rPr><w:rFonts w:ascii=\"").append(font).append("\" w:hAnsi=\"").append(font)
        .append("\" w:eastAsia=\"").append(font).append("\"/>");
    if (bold) {
      body.append("<w:b/>");
    }
    body.append("<w:sz w:val=\"").append(halfPoints).append("\"/><w:szCs w:val=\"").append(halfPoints)
        .append("\"/></w:rPr><w:t xml:space=\"preserve\">").append(escape(text)).append("</w:t></w:r>");
  }

  private void pageBreak() {
    body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
  }

  private void table(TableSpec t) {
    if (t.newPage()) {
      pageBreak();
    }
    paragraph(t.title(), SANS, 28, true, "center", false, 0);
    if (t.formNumber() != null && !t.formNumber().isEmpty()) {
      paragraph(t.formNumber(), SERIF, 21, false, "right", false, 0);
    }
    int halfPoints = Math.round(t.fontSize() * 2);
    if (t.unitLine() != null) {
      paragraph(String.join("        ", t.unitLine()), SERIF, halfPoints, false, "both", false, 0);
    }
    int columns = t.columnWidths().length;
    float total = 0;
    for (float f : t.columnWidths()) {
      total += f;
    }
    double textWidth = (210 - 28 - 26) * TWIPS_PER_MM;
    body.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(Math.round(textWidth)).append("\" w:type=\"dxa\"/>")
        .append("<w:tblLayout w:type=\"fixed\"/><w:tblBorders>");
    for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
      body.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
    }
    body.append("</w:tblBorders><w:tblCellMar><w:left w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"40\" w:type=\"dxa\"/>"
        + "</w:tblCellMar></w:tblPr><w:tblGrid>");
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = (int) Math.round(textWidth * t.columnWidths()[c] / total);
      body.append("<w:gridCol w:w=\"").append(widths[c]).append("\"/>");
    }
    body.append("</w:tblGrid>");
    List<List<TableSpec.Cell>> rows = new ArrayList<>(t.header());
    rows.addAll(t.body());
    // grid occupancy: a cell spanning rows continues below as a vMerge cell in each covered row
    int[] continuing = new int[columns]; // rows still covered by a span from above
    TableSpec.Cell[] spanning = new TableSpec.Cell[columns];
    for (int r = 0; r < rows.size(); r++) {
      body.append("<w:tr><w:trPr><w:cantSplit/>");
      if (r < t.header().size()) {
        body.append("<w:tblHeader/>");
      }
      body.append("</w:trPr>");
      int col = 0;
      for (TableSpec.Cell cell : rows.get(r)) {
        col = continued(col, continuing, spanning, widths, halfPoints);
        if (col >= columns) {
          break;
        }
        cell(cell, col, widths, halfPoints, cell.rowspan() > 1 ? "restart" : null);
        if (cell.rowspan() > 1) {
          for (int k = 0; k < cell.colspan() && col + k < columns; k++) {
            continuing[col + k] = cell.rowspan() - 1;
            spanning[col + k] = k == 0 ? cell : null;
          }
        }
        col += cell.colspan();
      }
      continued(col, continuing, spanning, widths, halfPoints);
      body.append("</w:tr>");
    }
    body.append("</w:tbl>");
    for (String note : t.notes()) {
      paragraph(note, SERIF, halfPoints, false, "left", false, 0);
    }
  }

  /** Writes the vMerge continuation cells at {@code col} onwards; returns the next free column. */
  private int continued(int col, int[] continuing, TableSpec.Cell[] spanning, int[] widths, int halfPoints) {
    while (col < continuing.length && continuing[col] > 0) {
      TableSpec.Cell top = spanning[col];
      int span = 1;
      if (top != null) {
        span = Math.max(1, Math.min(top.colspan(), continuing.length - col));
      }
      TableSpec.Cell blank = new TableSpec.Cell("", span, 1, TableSpec.HAlign.LEFT, false);
      cell(blank, col, widths, halfPoints, "continue");
      for (int k = 0; k < span; k++) {
        continuing[col + k]--;
      }
      col += span;
    }
    return col;
  }

  private void cell(TableSpec.Cell cell, int col, int[] widths, int halfPoints, String vMerge) {
    int span = Math.max(1, Math.min(cell.colspan(), widths.length - col));
    int width = 0;
    for (int k = 0; k < span; k++) {
      width += widths[col + k];
    }
    body.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
    if (span > 1) {
      body.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
    }
    if (vMerge != null) {
      body.append("<w:vMerge w:val=\"").append(vMerge).append("\"/>");
    }
    body.append("<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" "
        + "w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"")
        .append(switch (cell.align()) {
          case LEFT -> "left";
          case CENTER -> "center";
          case RIGHT -> "right";
        }).append("\"/></w:pPr>");
    if (cell.text() != null && !cell.text().isEmpty()) {
      run(cell.text(), SERIF, halfPoints, cell.bold());
    }
    body.append("</w:p></w:tc>");
  }

  private static String styles() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"" + W + "\">"
        + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"" + SERIF + "\" w:hAnsi=\"" + SERIF
        + "\" w:eastAsia=\"" + SERIF + "\" w:cs=\"" + SERIF + "\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
        + "<w:lang w:val=\"zh-CN\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"560\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault>"
        + "</w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
        + "</w:style></w:styles>";
  }

  private static String footer() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr xmlns:w=\"" + W + "\">"
        + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
        + "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">— </w:t></w:r>"
        + "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        + "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t>1</w:t></w:r>"
        + "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
  }

  private static String sectionProperties() {
    return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId2\"/>"
        + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        + "<w:pgMar w:top=\"" + twips(37) + "\" w:right=\"" + twips(26) + "\" w:bottom=\"" + twips(35)
        + "\" w:left=\"" + twips(28) + "\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>";
  }

  private static long twips(double mm) {
    return Math.round(mm * TWIPS_PER_MM);
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
