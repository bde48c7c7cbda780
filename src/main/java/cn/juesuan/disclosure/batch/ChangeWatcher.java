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
 */
public final class ChangeWatcher implements Closeable {
  private final Path file;
  private final Path templates;
  private final Duration debounce;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();

  /** @param templates the template folder, or null when the bundled templates are used */
  public ChangeWatcher(Path file, Path templates, Duration debounce) throws IOException {
    this.file = file.toAbsolutePath().normalize();
    this.templates = templates == null ? null : templates.toAbsolutePath().normalize();
    this.debounce = debounce;
    this.service = FileSystems.getDefault().newWatchService();
    register(this.file.getParent());
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
      drain(service.poll(left, TimeUnit.NANOSECONDS), changed);
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
    }
  }

  private void register(Path dir) throws IOException {
    WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    folders.put(key, dir);
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
