package cn.juesuan.disclosure.batch;

/** Told about a batch as it goes; always called from the one thread that runs the batch. */
public interface Progress {
  void started(int total, int jobs);

  void finished(JobResult result, int done, int total);

  /** After the last job, before the summary is printed. */
  void ended();

  Progress NONE = new Progress() {
    @Override public void started(int total, int jobs) {}
    @Override public void finished(JobResult result, int done, int total) {}
    @Override public void ended() {}
  };
}
