package cn.juesuan.disclosure.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Writing a PDF so that nothing half-written is ever seen: the bytes go to a temporary file
 * beside the target, are forced to disk, then moved into place in one step.
 */
public final class OutputFiles {
  /** Characters no file system or archive tool should see in a name built from data. */
  private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

  private OutputFiles() {}

  public static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
    try {
      publicReadable(tmp);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
           OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
        out.write(bytes);
        out.flush();
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A published document: readable by everyone (temp files are created owner-only). */
  private static void publicReadable(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /**
   * A file name part made from data (a department name): path separators, control and
   * reserved characters become "_", and leading dots are dropped, so a name can never climb
   * out of the output folder or hide itself.
   */
  public static String safeName(String name) {
    String s = UNSAFE.matcher(name.strip()).replaceAll("_").replace("..", "_");
    s = s.replaceFirst("^[.\\s]+", "");
    if (s.isEmpty()) {
      s = "_";
    }
    return s.length() > 100 ? s.substring(0, 100) : s;
  }

  /** The default file name of a department's disclosure. */
  public static String defaultFileName(String department, int year) {
    return safeName(department) + "-" + year + "年度部门决算.pdf";
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
