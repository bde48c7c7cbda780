package cn.juesuan.disclosure.batch;

import cn.juesuan.disclosure.diag.IoFailure;
import cn.juesuan.disclosure.pipeline.OutputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two files of one batch that hold the same department and year: a copy made to start a new
 * department whose {@code department.name} was not changed, or a backup left in the folder.
 * Either way one of the two PDFs would carry another department's name, so none of them is
 * published: each is failed with a line naming the others, and the PDF this run wrote for it is
 * removed again. Only departments that would be published count: a copy that fails its checks
 * gets no PDF anyway and is listed with its own errors. Decided after the run, so the result
 * does not depend on which thread finished first. (Across the shards of a sharded batch the
 * files are not compared.)
 */
public final class SameDepartment {
  /** The finding id in the failed departments' lines. */
  public static final String ID = "batch.same-department";

  private SameDepartment() {}

  /** {@code results} with every written department that shares its name and year with another written one failed. */
  public static List<JobResult> fail(List<JobResult> results, Path outputDir) {
    Map<String, List<JobResult>> byDepartment = new LinkedHashMap<>();
    for (JobResult r : results) {
      if (r.ok() && !r.department().isBlank() && r.year() > 0) {
        byDepartment.computeIfAbsent(r.department().strip() + "\u0000" + r.year(), k -> new ArrayList<>()).add(r);
      }
    }
    Map<JobResult, JobResult> replaced = new java.util.IdentityHashMap<>();
    for (List<JobResult> same : byDepartment.values()) {
      if (same.size() > 1) {
        List<String> names = same.stream().map(r -> r.file().name()).toList();
        for (JobResult r : same) {
          replaced.put(r, failed(r, names, outputDir));
        }
      }
    }
    return results.stream().map(r -> replaced.getOrDefault(r, r)).toList();
  }

  private static JobResult failed(JobResult r, List<String> names, Path outputDir) {
    List<String> others = names.stream().filter(n -> !n.equals(r.file().name())).toList();
    List<String> problems = new ArrayList<>(r.problems());
    problems.add(r.file().name() + ": 错误/error [" + ID + "] 部门“" + r.department() + "” " + r.year()
        + " 年度也在 " + String.join("、", others) + " 中：同一部门同一年度只能有一个文件（是否复制后忘了改 department.name？），均未生成 PDF"
        + " (the department " + r.department() + ", " + r.year() + ", is also in " + String.join(", ", others)
        + ": one file per department and year (copied without changing department.name?); no PDF for any of them)");
    Path pdf = outputDir.resolve(r.file().output());
    try {
      OutputFiles.removeOurPdf(pdf); // written by this run a moment ago: ours
    } catch (IOException e) {
      problems.add(IoFailure.describe("无法删除刚生成的文件", "cannot remove the file just written", pdf, e));
    }
    return new JobResult(r.file(), r.department(), r.year(), JobResult.Outcome.ERRORS, r.errors() + 1, r.warnings(), r.pins(),
        r.accepted(), 0, 0, r.millis(), List.copyOf(problems));
  }
}
