package cn.juesuan.disclosure.layout;

import cn.juesuan.disclosure.document.Block;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Dev helper, not a test: render time of a reference-sized document (the whole reference text
 * as paragraphs plus the sample tables). Args: reference text file, output folder.
 */
public final class BenchMain {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Block.Doc doc = referenceSized(Path.of(args[0]));
    byte[] first = PdfRenderer.render(doc);
    System.out.printf("cold first render: %.0f ms, %d bytes%n", (System.nanoTime() - t0) / 1e6,
        first.length);
    Files.write(Path.of(args[1], "reference-sized.pdf"), first);
    for (int i = 0; i < 15; i++) {
      PdfRenderer.render(doc);
    }
    int n = 40;
    long t = System.nanoTime();
    for (int i = 0; i < n; i++) {
      PdfRenderer.render(doc);
    }
    System.out.printf("warm, one thread: %.1f ms/doc%n", (System.nanoTime() - t) / 1e6 / n);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    t = System.nanoTime();
    List<Future<byte[]>> futures = new ArrayList<>();
    for (int i = 0; i < 2 * n; i++) {
      futures.add(pool.submit(() -> PdfRenderer.render(doc)));
    }
    int same = 0;
    for (Future<byte[]> f : futures) {
      same += java.util.Arrays.equals(first, f.get()) ? 1 : 0;
    }
    double secs = (System.nanoTime() - t) / 1e9;
    pool.shutdown();
    System.out.printf("two threads: %.1f docs/s; identical to first: %d/%d%n", 2 * n / secs, same,
        2 * n);
    Runtime rt = Runtime.getRuntime();
    System.out.printf("heap used: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  static Block.Doc referenceSized(Path reference) throws Exception {
    List<Block> blocks = new ArrayList<>();
    String[] parts = {"第一部分 部门概况", "第二部分 2024年度部门决算表", "第三部分 2024年度部门决算情况说明",
        "第四部分 预算绩效情况说明", "第五部分 名词解释"};
    StringBuilder para = new StringBuilder();
    int part = 0;
    List<String> lines = Files.readAllLines(reference);
    for (int i = 0; i < lines.size(); i++) {
      String line = clean(lines.get(i).strip());
      if (i % (lines.size() / parts.length) == 0 && part < parts.length) {
        blocks.add(new Block.PartTitle(parts[part++], false));
        if (part == 2) {
          blocks.add(new Block.Table(SampleDocs.form04(60)));
          blocks.add(new Block.Table(SampleDocs.form09()));
          blocks.add(new Block.Table(SampleDocs.form04(12)));
          blocks.add(new Block.Table(SampleDocs.selfAssessment()));
        }
      }
      if (line.isEmpty()) {
        continue;
      }
      if (line.matches("^[一二三四五六七八九十]+、.{2,30}$")) {
        flush(para, blocks);
        blocks.add(new Block.Heading(1, line, Block.Listing.CONTENTS));
        continue;
      }
      para.append(line);
      if (line.length() < 20) {
        flush(para, blocks);
      }
    }
    flush(para, blocks);
    return new Block.Doc(SampleDocs.sample().metadata(), SampleDocs.sample().cover(), blocks);
  }

  private static void flush(StringBuilder para, List<Block> blocks) {
    if (para.length() > 0) {
      blocks.add(new Block.Paragraph(para.toString()));
      para.setLength(0);
    }
  }

  private static String clean(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().filter(cp -> FontSet.isLayoutWhitespace(cp) || FontSet.canDraw(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
