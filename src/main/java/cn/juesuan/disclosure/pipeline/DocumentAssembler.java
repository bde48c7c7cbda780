package cn.juesuan.disclosure.pipeline;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.forms.TableForms;
import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.document.TreeText;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.model.Department;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.narrative.Narrator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * model + figures → the layout-neutral document: narrative blocks (with the table forms placed
 * where the outline says), cover and metadata. Dates and the file id come from the input, never
 * from the clock, so the same YAML gives the same PDF.
 */
public final class DocumentAssembler {
  /** China Standard Time: the disclosure's date is a Chinese calendar date. */
  private static final ZoneOffset CST = ZoneOffset.ofHours(8);

  private DocumentAssembler() {}

  /** Options of one rendering: an explicit date, and the draft marks of a preview. */
  public record Options(LocalDate date, boolean draft, String generatedAt) {
    public static final Options FINAL = new Options(null, false, null);
  }

  /** The document in the disclosure's format: its outline and section templates, its forms. */
  public static Block.Doc assemble(Pipeline.Analysis a, Options options) {
    Disclosure d = a.disclosure();
    Map<String, TableSpec> tables = TableForms.byKey(d, a.figures());
    return doc(a, options, List.of(), Narrator.of(d.format()).narrate(d, a.figures(), tables));
  }

  /**
   * A draft whose body cannot be built (data broken badly enough that the narrative fails): the
   * cover and the findings pages, with the reason, so the reviewer still sees what to fix.
   */
  public static Block.Doc findingsOnly(Pipeline.Analysis a, Options options, String why) {
    Options draft = new Options(options.date(), true, options.generatedAt());
    return doc(a, draft, List.of("正文无法生成，请先改正下列错误 (the document body could not be built: " + why + ")"),
        List.of(new Block.Paragraph("（正文待改正错误后生成）")));
  }

  private static Block.Doc doc(Pipeline.Analysis a, Options options, List<String> reasons, List<Block> blocks) {
    Department dep = a.disclosure().department();
    LocalDate date = options.date() != null ? options.date() : dep.date();
    String title = dep.name() + dep.year() + "年度部门决算公开";
    Block.Metadata content = new Block.Metadata(title, dep.name(), dep.year() + "年度部门决算",
        "部门决算,决算公开," + dep.name() + "," + dep.year(), "zh-CN",
        date.atStartOfDay().atOffset(CST), null, options.draft() ? "草稿" : null,
        options.draft() ? draftNotice(a, options, reasons) : List.of());
    // a format whose cover prints no date says so (wording coverDate: "false", the 普陀区 样张)
    boolean dated = !"false".equals(a.disclosure().format().wording().get("coverDate"));
    Block.Cover cover = new Block.Cover(dep.name(), dep.year() + "年度部门决算",
        dated ? date.getYear() + "年" + date.getMonthValue() + "月" : "");
    Block.Metadata meta = new Block.Metadata(content.title(), content.author(), content.subject(),
        content.keywords(), content.language(), content.date(), documentId(content, cover, blocks),
        content.watermark(), content.draftNotice());
    return new Block.Doc(meta, cover, blocks);
  }

  /**
   * The /ID seed: the SHA-256 of the document's content (every text, table cell and mark, as the
   * document tree of records writes itself), so the same document gives the same bytes from
   * whichever source it was read: the YAML's own tables, or a workbook of the same figures.
   */
  private static byte[] documentId(Block.Metadata content, Block.Cover cover, List<Block> blocks) {
    // the characters of content + "\n" + cover + "\n" + blocks, written once (TreeText)
    StringBuilder text = new StringBuilder(1 << 18);
    TreeText.append(TreeText.append(TreeText.append(text, content).append('\n'), cover).append('\n'), blocks);
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      // String.getBytes: Charset.encode over a CharBuffer takes its slow generic loop
      md.update(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return md.digest();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first page of a preview: what the reviewer must look at before approval. */
  private static List<String> draftNotice(Pipeline.Analysis a, Options options, List<String> reasons) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("草稿 · 审核用 (draft for review)" + (options.generatedAt() == null ? "" : " · 生成时间 " + options.generatedAt()));
    lines.addAll(reasons);
    lines.add(String.format("错误 %d 个，警告 %d 个，尾数提示 %d 个，锁定值 %d 个，已说明 %d 个",
        a.findings().count(cn.juesuan.disclosure.diag.Severity.ERROR),
        a.findings().count(cn.juesuan.disclosure.diag.Severity.WARNING),
        a.findings().count(cn.juesuan.disclosure.diag.Severity.NOTE),
        a.findings().count(cn.juesuan.disclosure.diag.Severity.PIN),
        a.findings().count(cn.juesuan.disclosure.diag.Severity.ACCEPTED)));
    for (Finding f : a.findings().all()) {
      lines.add(f.render());
    }
    return lines;
  }
}
