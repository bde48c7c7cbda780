package cn.juesuan.disclosure.cli;

import cn.juesuan.disclosure.catalogue.FormatException;
import cn.juesuan.disclosure.load.Formats;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --format-dir DIR}: a disclosure format outside the jar (its {@code format.yaml} and
 * templates), used without rebuilding by every YAML whose {@code format:} names it; it
 * replaces a bundled format of the same id (to try wording or a form before bundling it).
 */
final class FormatOption {
  @Option(names = "--format-dir", paramLabel = "DIR",
      description = "格式目录（format.yaml 及其模板），供 format: 指明该格式的 YAML 使用；与内置格式同名时替代之 "
          + "(a format folder, format.yaml and its templates, for the YAML files whose format: names it; "
          + "it replaces a bundled format of the same id)")
  Path dir;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** The formats of this run, read now (a broken catalogue is a usage error, in words). */
  Formats formats() {
    if (dir == null) {
      return Formats.bundled();
    }
    try {
      return Formats.withDirectories(List.of(dir));
    } catch (FormatException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.zh() + " (" + e.en() + ")");
    }
  }
}
