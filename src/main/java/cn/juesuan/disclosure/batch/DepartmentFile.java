package cn.juesuan.disclosure.batch;

import java.nio.file.Path;

/**
 * One department of a batch: its YAML (relative to the input folder) and the PDF it becomes
 * (relative to the output folder).
 *
 * @param source relative path of the YAML, e.g. {@code a/b.yaml}
 * @param output relative path of the PDF, e.g. {@code a/b.pdf}
 */
public record DepartmentFile(Path source, Path output) {

  /** The source as printed in progress lines, tables and summary.csv: always with '/'. */
  public String name() {
    return DepartmentFiles.slashed(source);
  }
}
