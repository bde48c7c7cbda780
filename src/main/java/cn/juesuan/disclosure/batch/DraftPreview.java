package cn.juesuan.disclosure.batch;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.layout.Block;
import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.model.Department;
import cn.juesuan.disclosure.narrative.Narrator;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviewer's draft: the same document with the 草稿 watermark, the generation time and a
 * first page listing every finding. Rendered even when checks find errors (that is when a
 * reviewer needs it most); only a file that cannot be loaded at all gives no PDF.
 */
public final class DraftPreview {
  public static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private DraftPreview() {}

  /** The analysis, and the draft PDF (null when the file could not be loaded). */
  public record Outcome(Pipeline.Analysis analysis, byte[] pdf) {
    public boolean rendered() {
      return pdf != null;
    }
  }

  public static String now() {
    return LocalDateTime.now().format(GENERATED_AT);
  }

  public static Outcome render(Path file, Narrator narrator, LocalDate date, String generatedAt) {
    Pipeline.Analysis analysis = Pipeline.analyse(file);
    if (analysis.disclosure() == null) {
      return new Outcome(analysis, null);
    }
    Block.Doc doc;
    try {
      doc = DocumentAssembler.assemble(analysis, narrator, new DocumentAssembler.Options(date, true, generatedAt));
    } catch (RuntimeException e) {
      // Data broken badly enough that the narrative cannot be written: the findings page alone.
      doc = findingsOnly(analysis, date, generatedAt, e);
    }
    return new Outcome(analysis, PdfRenderer.render(DrawableText.of(doc)));
  }

  private static Block.Doc findingsOnly(Pipeline.Analysis a, LocalDate date, String generatedAt, RuntimeException why) {
    Department dep = a.disclosure().department();
    LocalDate day = date != null ? date : dep.date() != null ? dep.date() : LocalDate.now();
    List<String> notice = new ArrayList<>();
    notice.add("草稿 · 审核用 (draft for review)" + (generatedAt == null ? "" : " · 生成时间 " + generatedAt));
    notice.add("正文无法生成，请先改正下列错误 (the document body could not be built: " + why.getMessage() + ")");
    notice.add(String.format("错误 %d 个，警告 %d 个，尾数提示 %d 个，锁定值 %d 个",
        a.findings().count(Severity.ERROR), a.findings().count(Severity.WARNING),
        a.findings().count(Severity.NOTE), a.findings().count(Severity.PIN)));
    a.findings().all().stream().map(Finding::render).forEach(notice::add);
    String title = dep.name() + dep.year() + "年度部门决算公开";
    Block.Metadata meta = new Block.Metadata(title, dep.name(), dep.year() + "年度部门决算", "", "zh-CN",
        day.atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)), null, "草稿", notice);
    Block.Cover cover = new Block.Cover(dep.name(), dep.year() + "年度部门决算",
        day.getYear() + "年" + day.getMonthValue() + "月");
    return new Block.Doc(meta, cover, List.of(new Block.Paragraph("（正文待改正错误后生成）")));
  }
}
