package cn.juesuan.disclosure.batch;

import cn.juesuan.disclosure.diag.IoFailure;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the department YAMLs of a batch and names their PDFs. The order is the sorted relative
 * path with '/' separators, so it is the same on every machine and every run: shards of the
 * same folder never overlap.
 *
 * <p>Symbolic links are followed (a folder of departments may live elsewhere), with a loop
 * guard: a link back to a folder above it is listed as skipped, never walked twice. Entries that
 * look like departments but cannot be one (a dangling link, a FIFO, a device, a folder named
 * {@code x.yaml}) are listed as skipped with the reason, never passed over in silence.
 */
public final class DepartmentFiles {
  /** Deeper than any real folder tree; a guard against a pathological one. */
  static final int MAX_DEPTH = 64;

  private DepartmentFiles() {}

  /** An entry that looks like a department but is not read, and why (Chinese, English). */
  public record Skipped(Path source, String zh, String en) {
    public String name() {
      return slashed(source);
    }

    public String render() {
      return name() + "：" + zh + " (" + en + ")";
    }
  }

  /** Two or more departments that would write the same PDF. */
  public record Collision(Path output, List<Path> sources) {
    public String render() {
      List<String> names = sources.stream().map(DepartmentFiles::slashed).toList();
      return String.join("、", names) + " → " + slashed(output) + "：多个部门对应同一个输出文件 ("
          + String.join(", ", names) + " would all write " + slashed(output) + ")";
    }
  }

  /** What a scan found: the departments in order, the skipped entries, the collisions. */
  public record Scan(List<DepartmentFile> files, List<Skipped> skipped, List<Collision> collisions) {}

  /** Every *.yaml / *.yml under {@code dir}, recursively, following symbolic links. */
  public static List<DepartmentFile> find(Path dir) throws IOException {
    return scan(dir).files();
  }

  public static Scan scan(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IoFailure.Explained("不是文件夹：" + dir, "not a folder: " + dir);
    }
    List<Path> sources = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        if (!d.equals(dir) && isYaml(d.getFileName().toString())) {
          skipped.add(new Skipped(dir.relativize(d), "是文件夹，不是文件（其中的部门照常处理）",
              "a folder, not a file (departments inside it are still processed)"));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
        if (attrs.isDirectory()) {
          // at the depth limit: a folder not walked
          skipped.add(new Skipped(dir.relativize(f), "文件夹层次超过 " + MAX_DEPTH + " 层，未处理",
              "folder nested deeper than " + MAX_DEPTH + " levels: not walked"));
          return FileVisitResult.CONTINUE;
        }
        if (!isYaml(f.getFileName().toString())) {
          return FileVisitResult.CONTINUE;
        }
        Path rel = dir.relativize(f);
        if (attrs.isRegularFile()) {
          sources.add(rel);
        } else if (attrs.isSymbolicLink()) {
          skipped.add(new Skipped(rel, "符号链接无法解析（目标不存在或成环）", "dangling symbolic link (missing target or a loop)"));
        } else {
          skipped.add(new Skipped(rel, "不是普通文件（管道、设备或套接字）", "not a regular file (pipe, device or socket)"));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path f, IOException e) {
        Path rel = dir.relativize(f);
        if (e instanceof FileSystemLoopException) {
          skipped.add(new Skipped(rel, "符号链接成环（指向其上层文件夹），未重复处理",
              "symbolic link loop (points to a folder above it): not walked again"));
        } else {
          IoFailure why = IoFailure.of(e);
          skipped.add(new Skipped(rel, "无法读取：" + why.zh(), "cannot be read: " + why.en()));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    Comparator<Path> bySlashed = Comparator.comparing(DepartmentFiles::slashed);
    sources.sort(bySlashed);
    skipped.sort(Comparator.comparing(Skipped::name));
    List<DepartmentFile> files = plan(sources);
    return new Scan(files, List.copyOf(skipped), collisions(files));
  }

  /**
   * DIR/a/b.yaml → a/b.pdf. When two sources would give the same PDF (b.yaml beside b.yml, or
   * names differing only in case on a case-insensitive disk), each keeps its extension
   * (b.yaml.pdf, b.yml.pdf). What still collides after that (b.yaml.yaml beside b.yaml and
   * b.yml) is reported by {@link #collisions}, and the batch refuses to start.
   */
  static List<DepartmentFile> plan(List<Path> sources) {
    Map<String, Integer> uses = new LinkedHashMap<>();
    for (Path s : sources) {
      uses.merge(key(withoutExtension(s)), 1, Integer::sum);
    }
    List<DepartmentFile> out = new ArrayList<>(sources.size());
    for (Path s : sources) {
      Path base = uses.get(key(withoutExtension(s))) > 1 ? s : withoutExtension(s);
      out.add(new DepartmentFile(s, base.resolveSibling(base.getFileName() + ".pdf")));
    }
    return out;
  }

  /** Departments whose PDFs would be one file (compared without case: some disks ignore it). */
  static List<Collision> collisions(List<DepartmentFile> files) {
    Map<String, List<DepartmentFile>> byOutput = new LinkedHashMap<>();
    for (DepartmentFile f : files) {
      byOutput.computeIfAbsent(key(f.output()), k -> new ArrayList<>()).add(f);
    }
    return byOutput.values().stream().filter(l -> l.size() > 1)
        .map(l -> new Collision(l.get(0).output(), l.stream().map(DepartmentFile::source).toList()))
        .toList();
  }

  static boolean isYaml(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith(".");
  }

  static String slashed(Path p) {
    return p.toString().replace(p.getFileSystem().getSeparator(), "/");
  }

  private static Path withoutExtension(Path p) {
    String n = p.getFileName().toString();
    return p.resolveSibling(n.substring(0, n.lastIndexOf('.')));
  }

  private static String key(Path p) {
    return slashed(p).toLowerCase(Locale.ROOT);
  }
}
