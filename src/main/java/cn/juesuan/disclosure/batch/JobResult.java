package cn.juesuan.disclosure.batch;

import java.util.List;

/**
 * What a batch keeps of one department once its job is done: counts and sizes only (and the
 * error lines of a failed one), never the PDF or the model, so a batch of thousands runs in a
 * flat heap.
 *
 * @param department the department's name, or empty when the file could not be loaded
 * @param year       the year, 0 when unknown
 * @param outcome    how it ended: written, errors in the data, a file-system problem, a defect
 * @param accepted   findings published as they are with the office's reason (出错说明)
 * @param pages      pages of the PDF, 0 when none was written
 * @param bytes      size of the PDF, 0 when none was written
 * @param problems   the rendered error findings of a failed department (empty when ok)
 */
public record JobResult(DepartmentFile file, String department, int year, Outcome outcome, long errors,
                        long warnings, long pins, long accepted, int pages, long bytes, long millis,
                        List<String> problems) {

  /** How a department ended; the worst outcome of a batch decides its exit code. */
  public enum Outcome {
    OK("ok"),
    /** The YAML has errors: no PDF (an earlier one of ours is removed). */
    ERRORS("failed"),
    /** The file system failed (unreadable YAML, disk full, a file we may not replace): nothing removed. */
    IO("io-error"),
    /** A defect of the program: nothing removed. */
    INTERNAL("internal-error");

    public final String status;

    Outcome(String status) {
      this.status = status;
    }
  }

  public boolean ok() {
    return outcome == Outcome.OK;
  }

  public String status() {
    return outcome.status;
  }
}
