package cn.juesuan.disclosure.diag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.List;
import java.util.Locale;

/**
 * The one mapping from a file-system failure to words a finance officer can act on, in Chinese
 * and English: 磁盘已满 / disk full, 没有权限 / permission denied, 文件不存在 / not found… Every
 * command and the batch use it, so no Java exception name ever reaches a user.
 *
 * @param zh the cause in Chinese
 * @param en the same in English
 */
public record IoFailure(String zh, String en) {

  /** The operating system's own wording (errno strings, the same on every Linux) → ours. */
  private static final List<String[]> REASONS = List.of(
      new String[] {"no space left on device", "磁盘已满", "disk full"},
      new String[] {"disk quota exceeded", "超出磁盘配额", "disk quota exceeded"},
      new String[] {"file too large", "文件超过文件系统允许的大小", "file too large for the file system"},
      new String[] {"read-only file system", "只读文件系统", "read-only file system"},
      new String[] {"file name too long", "文件名过长", "name too long"},
      new String[] {"not a directory", "不是文件夹", "not a directory"},
      new String[] {"is a directory", "是文件夹，不是文件", "is a directory, not a file"},
      new String[] {"too many levels of symbolic links", "符号链接层数过多（可能成环）", "too many levels of symbolic links (a loop?)"},
      new String[] {"permission denied", "没有权限", "permission denied"},
      new String[] {"operation not permitted", "没有权限", "operation not permitted"},
      new String[] {"no such file or directory", "文件不存在", "not found"},
      new String[] {"input/output error", "设备读写错误", "device I/O error"},
      new String[] {"too many open files", "打开的文件过多", "too many open files"},
      new String[] {"stale file handle", "网络文件句柄失效", "stale network file handle"},
      new String[] {"device or resource busy", "设备忙", "device or resource busy"},
      new String[] {"directory not empty", "文件夹不为空", "directory not empty"},
      new String[] {"file exists", "文件已存在", "already exists"});

  private record Kind(Class<? extends Throwable> type, IoFailure words) {}

  /** When the system gave no reason we know: the exception's kind says it. */
  private static final List<Kind> KINDS = List.of(
      new Kind(NoSuchFileException.class, new IoFailure("文件不存在", "not found")),
      new Kind(AccessDeniedException.class, new IoFailure("没有权限", "permission denied")),
      new Kind(FileAlreadyExistsException.class, new IoFailure("文件已存在", "already exists")),
      new Kind(NotDirectoryException.class, new IoFailure("不是文件夹", "not a directory")),
      new Kind(DirectoryNotEmptyException.class, new IoFailure("文件夹不为空", "directory not empty")),
      new Kind(FileSystemLoopException.class, new IoFailure("符号链接成环", "symbolic link loop")));

  /**
   * A failure already told in our words, naming its path (a refusal to replace a user's file,
   * or a system failure with the file it happened to): shown as is.
   */
  public static class Explained extends IOException {
    private final String zh;
    private final String en;

    public Explained(String zh, String en) {
      super(zh + " (" + en + ")");
      this.zh = zh;
      this.en = en;
    }

    /** "无法写入 PATH：磁盘已满 (cannot write PATH: disk full)", keeping the system's failure as the cause. */
    public static Explained of(String actionZh, String actionEn, Object path, IOException e) {
      if (e instanceof Explained x) {
        return x;
      }
      IoFailure why = IoFailure.of(e);
      Explained x = new Explained(actionZh + " " + path + "：" + why.zh, actionEn + " " + path + ": " + why.en);
      x.initCause(e);
      return x;
    }
  }

  /** The cause in words. Works on any throwable; unknown causes keep the system's message. */
  public static IoFailure of(Throwable e) {
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      return of(u.getCause());
    }
    if (e instanceof Explained r) {
      return new IoFailure(r.zh, r.en);
    }
    if (e instanceof ClosedByInterruptException || e instanceof java.io.InterruptedIOException) {
      return new IoFailure("已中断", "interrupted");
    }
    if (e instanceof InvalidPathException) {
      return new IoFailure("路径含有本机区域设置无法表示或文件系统不允许的字符（请使用 UTF-8 区域设置，如 LANG=C.UTF-8）",
          "the path holds a character the machine's locale or file system cannot represent (use a UTF-8 locale such as LANG=C.UTF-8)");
    }
    if (e instanceof ReadOnlyFileSystemException) {
      return new IoFailure("只读文件系统", "read-only file system");
    }
    String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
    if (reason != null) {
      String lower = reason.toLowerCase(Locale.ROOT);
      for (String[] r : REASONS) {
        if (lower.contains(r[0])) {
          return new IoFailure(r[1], r[2]);
        }
      }
    }
    for (var k : KINDS) {
      if (k.type().isInstance(e)) {
        return k.words();
      }
    }
    String plain = reason == null || reason.isBlank() ? "" : "：" + reason;
    return new IoFailure("读写失败" + plain, "input/output failure" + (plain.isEmpty() ? "" : ": " + reason));
  }

  /** True when the throwable is a file-system or path failure (exit code 3), not a defect. */
  public static boolean isIo(Throwable e) {
    return e instanceof IOException || e instanceof UncheckedIOException || e instanceof InvalidPathException
        || e instanceof ReadOnlyFileSystemException;
  }

  /** "无法写入 PATH：磁盘已满 (cannot write PATH: disk full)". */
  public static String describe(String actionZh, String actionEn, Object path, Throwable e) {
    return of(e).describe(actionZh, actionEn, path);
  }

  public String describe(String actionZh, String actionEn, Object path) {
    return actionZh + " " + path + "：" + zh + " (" + actionEn + " " + path + ": " + en + ")";
  }
}
