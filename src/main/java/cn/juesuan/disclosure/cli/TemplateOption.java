package cn.juesuan.disclosure.cli;

import cn.juesuan.disclosure.narrative.Narrator;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --templates DIR}: use a folder of templates instead of those in the jar. */
final class TemplateOption {
  @Option(names = "--templates", paramLabel = "DIR",
      description = "模板目录，默认使用内置模板 (template folder; default: the bundled templates)")
  Path dir;

  /** The folder's templates; null without --templates: each file's own format's templates. */
  Narrator narrator() throws IOException {
    return dir == null ? null : Narrator.fromDirectory(dir);
  }
}
