package cn.juesuan.disclosure.workbook;

import cn.juesuan.disclosure.testing.Example;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example YAML with its tables taken from a workbook. */
final class Workbooks {
  private Workbooks() {}

  /** Writes {@code dir/dept.yaml}: the example with {@code tables: {workbook: NAME}} for its tables. */
  static Path yamlWithWorkbook(Path dir, String workbook) throws IOException {
    return yamlWithWorkbook(Example.FILE, dir, workbook);
  }

  /** Writes {@code dir/dept.yaml}: {@code source} with {@code tables: {workbook: NAME}} for its tables. */
  static Path yamlWithWorkbook(Path source, Path dir, String workbook) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    int start = text.indexOf("\ntables:") + 1;
    int end = text.indexOf("\nexplanations:", start) + 1;
    String yaml = text.substring(0, start) + "tables:\n  workbook: " + workbook + "\n\n" + text.substring(end);
    Path file = dir.resolve("dept.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }
}
