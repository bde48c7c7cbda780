package cn.juesuan.disclosure.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.load.Formats;
import cn.juesuan.disclosure.testing.Cli;
import cn.juesuan.disclosure.testing.Example;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What README's "Commands" says of the command line, held by the program. */
class CommandsAsDocumentedTest {

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(strings = {"validate", "generate", "preview", "batch", "export-xlsx", "new", "schema"})
  void everyCommandTakesHelpAndListsTheExitCodes(String command) {
    for (String help : new String[] {"--help", "-h"}) {
      Cli cli = Cli.run(command, help);
      assertEquals(0, cli.exitCode(), cli.all());
      assertTrue(cli.out().startsWith("Usage: disclosure " + command + " "), cli.all());
      assertTrue(cli.out().contains("3     文件或系统问题 / file or system problem"), cli.all());
      assertTrue(cli.err().isEmpty(), cli.err());
    }
  }

  @Test
  void theBlankFormsOfEveryBundledFormat(@TempDir Path dir) {
    for (String format : Formats.BUNDLED_IDS) {
      Path out = dir.resolve(format + ".xlsx");
      Cli cli = Cli.run("export-xlsx", "--empty", "-o", out.toString(), "--format", format, "--year", "2024",
          "--department", "某某局");
      assertEquals(0, cli.exitCode(), cli.all());
      assertTrue(Files.isRegularFile(out), cli.all());
    }
  }

  @Test
  void theBundledFormatsAreTheFoldersOfTemplates() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("templates"))) {
      assertEquals(dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList(),
          Formats.BUNDLED_IDS.stream().sorted().toList());
    }
  }

  @Test
  void anUnknownFormatListsEveryBundledOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("x.yaml");
    Files.writeString(file, Example.text().replace("schema: 1\n", "schema: 1\nformat: shanghai-2024\n"));
    Cli cli = Cli.run("validate", file.toString());
    assertEquals(1, cli.exitCode(), cli.all());
    assertTrue(cli.out().contains("未知的格式 shanghai-2024（内置：gansu-2024、shanghai-putuo-2024；"), cli.all());
  }

  @Test
  void aFormatFolderThatDoesNotExistIsSaidSo(@TempDir Path dir) {
    Path missing = dir.resolve("没有的格式");
    Cli cli = Cli.run("validate", Example.FILE.toString(), "--format-dir", missing.toString());
    assertEquals(2, cli.exitCode(), cli.all());
    assertTrue(cli.all().contains("格式目录 " + missing + " 不存在 (format directory " + missing + " does not exist)"),
        cli.all());
    assertFalse(cli.all().contains("Exception"), cli.all());
  }
}
