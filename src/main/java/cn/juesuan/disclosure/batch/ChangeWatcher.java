package cn.juesuan.disclosure.batch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Tells when the department YAML or a template file has changed. Watches the YAML's folder
 * (editors often save by writing a new file and renaming it, so the file itself cannot be
 * watched) and the template folder with its sub-folders; other files in those folders are
 * ignored. Changes are debounced: an editor's burst of events (write, rename, chmod) gives
 * one change, reported once the folder has been quiet for the debounce time.
 *
 * <p>Our own output is never a change (the draft and its temporary files may lie inside a
 * watched folder: reacting to them would re-render forever). When the YAML's folder is removed
 * (a checkout, a sync tool), the watcher says so and waits for it to reappear, then watches it
 * again and reports the file as changed.
 */
public final class ChangeWatcher implements Closeable {
  private final Path file;
  private final Path templates;
  private final Duration debounce;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Set<Path> ignored;
  private final java.util.function.Consumer<String> notices;
  private WatchKey yamlFolder;
  private boolean yamlFolderLost;
  /** How often a removed folder is looked for. */
  private static final Duration RECHECK = Duration.ofMillis(200);

  /** @param templates the template folder, or null when the bundled templates are used */
  public ChangeWatcher(Path file, Path templates, Duration debounce) throws IOException {
    this(file, templates, debounce, Set.of(), notice -> { });
  }

  /**
   * @param ignored our own output files: their events are not changes
   * @param notices told (in words) when the YAML's folder disappears and comes back
   */
  public ChangeWatcher(Path file, Path templates, Duration debounce, Set<Path> ignored,
                       java.util.function.Consumer<String> notices) throws IOException {
    this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).collect(java.util.stream.Collectors.toSet());
    this.notices = notices;
    this.file = file.toAbsolutePath().normalize();
    this.templates = templates == null ? null : templates.toAbsolutePath().normalize();
    this.debounce = debounce;
    this.service = FileSystems.getDefault().newWatchService();
    yamlFolder = register(this.file.getParent());
    if (this.templates != null) {
      try (Stream<Path> dirs = Files.walk(this.templates)) {
        for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
          register(dir);
        }
      }
    }
  }

  /**
   * Waits up to {@code timeout} for a relevant change, then for the debounce quiet time.
   * Returns the changed files (empty when nothing changed within the timeout).
   */
  public Set<Path> awaitChange(Duration timeout) throws InterruptedException, IOException {
    Set<Path> changed = new LinkedHashSet<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (changed.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return changed;
      }
      if (yamlFolderLost) {
        drain(service.poll(Math.min(left, RECHECK.toNanos()), TimeUnit.NANOSECONDS), changed);
        recover(changed);
      } else {
        drain(service.poll(left, TimeUnit.NANOSECONDS), changed);
      }
    }
    // Quiet period: keep collecting until no event arrives for the debounce time.
    WatchKey key;
    while ((key = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
      drain(key, changed);
    }
    return changed;
  }

  private void drain(WatchKey key, Set<Path> changed) throws IOException {
    if (key == null) {
      return;
    }
    Path dir = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed.add(file); // events were lost: assume the worst and re-render
        continue;
      }
      Path path = dir.resolve((Path) event.context());
      if (isOurs(path)) {
        continue;
      }
      if (path.equals(file)) {
        changed.add(path);
      } else if (templates != null && path.startsWith(templates)) {
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
          register(path);
        } else if (!path.getFileName().toString().startsWith(".")) {
          changed.add(path);
        }
      }
    }
    if (!key.reset()) {
      folders.remove(key);
      if (key == yamlFolder) {
        yamlFolderLost = true;
        notices.accept("YAML 所在的文件夹 " + file.getParent() + " 已被删除或移走，等它重新出现后继续监视 "
            + "(the YAML's folder was removed; watching resumes when it reappears)");
      }
    }
  }

  /** Our draft and the temporary files it is written through. */
  private boolean isOurs(Path path) {
    String name = path.getFileName().toString();
    // No template is a PDF: a PDF in the template folder is someone's output, never a change.
    return ignored.contains(path) || name.startsWith(".") && name.endsWith(".part")
        || name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
  }

  private void recover(Set<Path> changed) throws IOException {
    if (!Files.isDirectory(file.getParent())) {
      return;
    }
    try {
      yamlFolder = register(file.getParent());
    } catch (java.nio.file.NoSuchFileException e) {
      return; // gone again: next tick
    }
    yamlFolderLost = false;
    notices.accept("文件夹 " + file.getParent() + " 已重新出现，继续监视 (the folder is back: watching again)");
    if (Files.exists(file)) {
      changed.add(file);
    }
  }

  private WatchKey register(Path dir) throws IOException {
    WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    folders.put(key, dir);
    return key;
  }

  @Override
  public void close() throws IOException {
    try {
      service.close();
    } catch (ClosedWatchServiceException ignored) {
      // already closed
    }
  }
}
