package cn.juesuan.disclosure.batch;

import cn.juesuan.disclosure.load.Formats;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

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

  public static Outcome render(Path file, Formats formats, LocalDate date, String generatedAt) {
    Pipeline.Analysis analysis = Pipeline.analyse(file, formats);
    if (analysis.disclosure() == null) {
      return new Outcome(analysis, null);
    }
    return new Outcome(analysis, Pipeline.render(analysis, new DocumentAssembler.Options(date, true, generatedAt)));
  }
}
