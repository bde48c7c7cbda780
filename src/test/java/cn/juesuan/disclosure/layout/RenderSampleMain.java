package cn.juesuan.disclosure.layout;

import java.nio.file.Files;
import java.nio.file.Path;

/** Dev helper: writes the sample and draft PDFs to a folder for eyeballing. */
public final class RenderSampleMain {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/layout-sample");
    Files.createDirectories(dir);
    Files.write(dir.resolve("sample.pdf"), PdfRenderer.render(SampleDocs.sample()));
    Files.write(dir.resolve("draft.pdf"), PdfRenderer.render(SampleDocs.draft()));
    System.out.println("written to " + dir);
  }
}
