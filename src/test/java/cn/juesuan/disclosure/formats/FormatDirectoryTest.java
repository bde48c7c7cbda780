package cn.juesuan.disclosure.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.testing.Cli;
import cn.juesuan.disclosure.testing.Example;
import cn.juesuan.disclosure.testing.PdfText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A format directory outside the jar ({@code --format-dir DIR}) is used without rebuilding: its
 * catalogue words the forms and the check messages, its templates the narrative, and a YAML
 * chooses it with {@code format:}.
 */
class FormatDirectoryTest {
  @TempDir
  static Path tmp;
  static Path format;
  static Path yaml;

  @BeforeAll
  static void aCopyOfTheGansuFormatUnderAnotherId() throws IOException {
    format = tmp.resolve("test-format");
    copyFormat(format);
    edit(format.resolve("format.yaml"), "format: gansu-2024", "format: test-format");
    edit(format.resolve("format.yaml"), "title: 一、收入支出决算总表", "title: 一、测试格式的总表");
    edit(format.resolve("format.yaml"), "name: 公开07", "name: 测试07");
    edit(format.resolve("format.yaml"), "label: 公开 09 表", "label: 测试表九");
    edit(format.resolve("document.ftl"), "@part 第五部分 名词解释", "@part 第五部分 测试格式的名词解释");
    yaml = tmp.resolve("dept.yaml");
    Files.writeString(yaml, "format: test-format\n" + Example.text(), StandardCharsets.UTF_8);
  }

  private static void copyFormat(Path target) throws IOException {
    Path bundled = Path.of("templates/gansu-2024");
    try (Stream<Path> files = Files.walk(bundled)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(bundled.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), file + " has " + from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void theFormatDirectoryWordsTheFormsAndTheOutline() throws IOException {
    Path pdf = tmp.resolve("out.pdf");
    Cli run = Cli.run("generate", yaml.toString(), "--format-dir", format.toString(), "-o", pdf.toString());
    assertEquals(0, run.exitCode(), run.all());
    String text = PdfText.of(Files.readAllBytes(pdf)).replaceAll("\\s+", "");
    assertTrue(text.contains("一、测试格式的总表"), "the catalogue's title");
    assertTrue(text.contains("测试表九"), "the catalogue's label");
    assertTrue(text.contains("第五部分测试格式的名词解释"), "the format's own outline template");
    assertFalse(text.contains("一、收入支出决算总表"), "not the bundled catalogue's title");
  }

  @Test
  void batchAndPreviewTakeTheSameFormatDirectory(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(yaml, in.resolve("dept.yaml"));
    Cli batch = Cli.run("batch", in.toString(), "-o", dir.resolve("out").toString(), "--format-dir", format.toString());
    assertEquals(0, batch.exitCode(), batch.all());
    assertTrue(PdfText.of(Files.readAllBytes(dir.resolve("out/dept.pdf"))).replaceAll("\\s+", "").contains("一、测试格式的总表"));
    Cli preview = Cli.run("preview", yaml.toString(), "-o", dir.resolve("draft.pdf").toString(), "--format-dir", format.toString());
    assertEquals(0, preview.exitCode(), preview.all());
    assertTrue(PdfText.of(Files.readAllBytes(dir.resolve("draft.pdf"))).replaceAll("\\s+", "").contains("测试表九"));
  }

  @Test
  void aFolderWithABundledFormatsIdReplacesItForFilesThatNameNoFormat(@TempDir Path dir) throws IOException {
    // what --templates was for: try a wording change on the bundled format without rebuilding
    Path copy = dir.resolve("gansu");
    copyFormat(copy);
    edit(copy.resolve("document.ftl"), "@part 第五部分 名词解释", "@part 第五部分 名词解释（试改）");
    Path pdf = dir.resolve("out.pdf");
    Cli run = Cli.run("generate", Example.FILE.toString(), "--format-dir", copy.toString(), "-o", pdf.toString());
    assertEquals(0, run.exitCode(), run.all());
    assertTrue(PdfText.of(Files.readAllBytes(pdf)).replaceAll("\\s+", "").contains("第五部分名词解释（试改）"));
  }

  @Test
  void checkMessagesNameTheFormsAsTheFormatDoes() throws IOException {
    Path broken = tmp.resolve("broken.yaml");
    Files.writeString(broken, "format: test-format\n"
        + Example.mutated("gk07: {}", "gk07:\n    total: {opening: 1.00, closing: 2.00}"), StandardCharsets.UTF_8);
    Cli run = Cli.run("validate", broken.toString(), "--format-dir", format.toString());
    assertEquals(1, run.exitCode(), run.all());
    assertTrue(run.out().contains("测试07 合计行"), run.out());
    assertFalse(run.out().contains("公开07"), run.out());
  }

  @Test
  void withoutTheDirectoryTheFormatIsUnknownAndSaysWhereToGiveIt() {
    Cli run = Cli.run("validate", yaml.toString());
    assertEquals(1, run.exitCode(), run.all());
    assertTrue(run.out().contains("[load.format]") && run.out().contains("未知的格式 test-format")
        && run.out().contains("--format-dir"), run.out());
  }

  @Test
  void aBrokenCatalogueIsAUsageErrorNamingItsField(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("format.yaml"), "format: x\noutline: document.ftl\nforms:\n  gk01: {name: a}\n");
    Cli run = Cli.run("generate", yaml.toString(), "--format-dir", dir.toString(), "-o", dir.resolve("x.pdf").toString());
    assertEquals(2, run.exitCode(), run.all());
    assertTrue(run.err().contains("format.yaml forms.gk01.") && run.err().contains("缺少必填字段"), run.err());
    assertFalse(Files.exists(dir.resolve("x.pdf")));
  }
}
