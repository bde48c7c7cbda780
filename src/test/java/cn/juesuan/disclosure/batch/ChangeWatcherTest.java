package cn.juesuan.disclosure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch loop's logic with real file events and bounded waits (a few seconds at most). */
class ChangeWatcherTest {
  private static final Duration DEBOUNCE = Duration.ofMillis(150);
  private static final Duration LONG_ENOUGH = Duration.ofSeconds(10);

  @Test
  void aSavedYamlIsOneChange(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("dept.yaml");
    Files.writeString(yaml, "a: 1\n");
    try (ChangeWatcher watcher = new ChangeWatcher(yaml, null, DEBOUNCE)) {
      // an editor's burst: write, write again, save by rename
      Files.writeString(yaml, "a: 2\n");
      Files.writeString(yaml, "a: 3\n");
      Path tmp = dir.resolve(".dept.yaml.swp");
      Files.writeString(tmp, "a: 4\n");
      Files.move(tmp, yaml, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      assertEquals(Set.of(yaml.toAbsolutePath()), watcher.awaitChange(LONG_ENOUGH));
      assertEquals(Set.of(), watcher.awaitChange(Duration.ofMillis(300)), "the burst was one change");
    }
  }

  @Test
  void otherFilesBesideTheYamlAreIgnored(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("dept.yaml");
    Files.writeString(yaml, "a: 1\n");
    try (ChangeWatcher watcher = new ChangeWatcher(yaml, null, DEBOUNCE)) {
      Files.writeString(dir.resolve("other.yaml"), "b: 1\n");
      Files.writeString(dir.resolve("dept-草稿.pdf"), "%PDF-");
      assertEquals(Set.of(), watcher.awaitChange(Duration.ofMillis(500)));
    }
  }

  @Test
  void aTemplateChangeEvenInANewSubFolderIsAChange(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("data/dept.yaml");
    Path templates = dir.resolve("templates");
    BatchFolder.put(yaml, "a: 1\n");
    BatchFolder.put(templates.resolve("profile.ftl"), "x");
    try (ChangeWatcher watcher = new ChangeWatcher(yaml, templates, DEBOUNCE)) {
      Files.writeString(templates.resolve("profile.ftl"), "y");
      assertEquals(Set.of(templates.resolve("profile.ftl").toAbsolutePath()), watcher.awaitChange(LONG_ENOUGH));
      Files.createDirectories(templates.resolve("parts"));
      watcher.awaitChange(Duration.ofMillis(300)); // the new folder is registered here
      Files.writeString(templates.resolve("parts/table.ftl"), "z");
      assertTrue(watcher.awaitChange(LONG_ENOUGH).contains(templates.resolve("parts/table.ftl").toAbsolutePath()));
    }
  }

  @Test
  void theLoopRendersOncePerChangeUntilStopped(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("dept.yaml");
    Files.writeString(yaml, "a: 1\n");
    AtomicInteger renders = new AtomicInteger();
    List<Set<Path>> seen = new ArrayList<>();
    try (ChangeWatcher watcher = new ChangeWatcher(yaml, null, DEBOUNCE)) {
      Thread editor = new Thread(() -> {
        try {
          for (int i = 0; i < 2; i++) {
            Files.writeString(yaml, "a: " + (i + 2) + "\n");
            Thread.sleep(600); // longer than the debounce: two separate saves
          }
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      editor.start();
      long deadline = System.nanoTime() + LONG_ENOUGH.toNanos();
      WatchLoop.run(watcher, changed -> {
        seen.add(changed);
        renders.incrementAndGet();
      }, () -> renders.get() >= 2 || System.nanoTime() > deadline);
      editor.join();
    }
    assertEquals(2, renders.get(), seen.toString());
  }

  @Test
  void ourOwnDraftInsideAWatchedFolderIsNeverAChange(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("dept.yaml");
    Path templates = dir.resolve("templates");
    BatchFolder.put(yaml, "a: 1\n");
    BatchFolder.put(templates.resolve("profile.ftl"), "x");
    Path draft = templates.resolve("dept-草稿.pdf");
    try (ChangeWatcher watcher = new ChangeWatcher(yaml, templates, DEBOUNCE, Set.of(draft), n -> { })) {
      // what writing the draft does: a temporary file, then the PDF in place
      Path tmp = templates.resolve(".dept-草稿.pdf.0badc0de-1-1.part");
      Files.writeString(tmp, "%PDF-");
      Files.move(tmp, draft, StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(templates.resolve("other-output.pdf"), "%PDF-");
      assertEquals(Set.of(), watcher.awaitChange(Duration.ofMillis(600)), "no re-render of our own output");
    }
  }

  @Test
  void aRemovedAndRecreatedYamlFolderIsWatchedAgainAndSaidSo(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("data");
    Path yaml = folder.resolve("dept.yaml");
    BatchFolder.put(yaml, "a: 1\n");
    List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (ChangeWatcher watcher = new ChangeWatcher(yaml, null, DEBOUNCE, Set.of(), notices::add)) {
      Files.delete(yaml);
      Files.delete(folder);
      watcher.awaitChange(Duration.ofMillis(800));
      assertTrue(notices.stream().anyMatch(n -> n.contains("已被删除") && n.contains("removed")), notices.toString());
      BatchFolder.put(yaml, "a: 2\n"); // a checkout puts it back
      assertEquals(Set.of(yaml.toAbsolutePath()), watcher.awaitChange(LONG_ENOUGH));
      assertTrue(notices.stream().anyMatch(n -> n.contains("重新出现")), notices.toString());
      Files.writeString(yaml, "a: 3\n");
      assertEquals(Set.of(yaml.toAbsolutePath()), watcher.awaitChange(LONG_ENOUGH), "watched again");
    }
  }
}
