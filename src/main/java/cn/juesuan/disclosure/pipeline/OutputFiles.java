package cn.juesuan.disclosure.pipeline;

import cn.juesuan.disclosure.diag.IoFailure;
import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.load.DocumentFileName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one place that writes and deletes the program's output, under one rule: <b>write only
 * files this program creates, replace or delete only files it wrote</b>.
 *
 * <ul>
 *   <li>The bytes go to a temporary file beside the target ({@code .<name>.<host>-<pid>-<n>.part}),
 *       are forced to disk, then put in place in one step. A new name is linked into place
 *       (which fails rather than replace a file that appeared meanwhile); an existing file is
 *       replaced by an atomic rename only when it is ours and writable.</li>
 *   <li>Ours: a PDF whose /Creator is {@link PdfRenderer#CREATOR} and that nobody has saved since
 *       ({@link #writtenByUs}); a summary whose first line is our header. A user's own file of
 *       the same name is never replaced nor deleted.</li>
 *   <li>Writable: the permission bits allow it to us. Root may write anything, but a mode of
 *       444 is the owner's statement that the file must not change, so it is honoured.</li>
 *   <li>Temporary files of an earlier run killed on the way (kill -9, power loss) are removed by
 *       the next run ({@link #removeStaleTemporaryFiles}); on Ctrl-C or SIGTERM the running
 *       program removes its own ({@link #abandonInFlight}).</li>
 * </ul>
 * Every refusal is an {@link IoFailure.Explained} with a bilingual message naming the file.
 */
public final class OutputFiles {
  /** Room for the temporary suffix inside the 255 bytes of a file name. */
  private static final int TEMP_PREFIX_BYTES = 200;
  private static final String HOST = hostTag();
  private static final long PID = ProcessHandle.current().pid();
  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static final Pattern TEMP = Pattern.compile("^\\..+\\.([0-9a-f]{8})-(\\d+)-\\d+\\.part$");
  /** The form of earlier versions ({@code .x.pdf.123456.part}): no process to ask, always stale. */
  private static final Pattern LEGACY_TEMP = Pattern.compile("^\\..+\\.(?:pdf|csv)\\.\\d+\\.part$");
  /** Another machine's temporary file on a shared folder is left alone unless this old. */
  private static final Duration FOREIGN_TEMP_AGE = Duration.ofHours(24);
  /** Our PDFs are well under this; a larger file is not read to recognise it. */
  private static final long MAX_RECOGNISED_BYTES = 512L * 1024 * 1024;
  /** Temporary files being written now, removed by {@link #abandonInFlight()} on a signal. */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  private OutputFiles() {}

  /** Writes a PDF; an existing file at {@code target} is replaced only when it is one of ours. */
  public static void writePdf(Path target, byte[] bytes) throws IOException {
    write(target, bytes, OutputFiles::writtenByUs);
  }

  /**
   * Writes a workbook ({@code export-xlsx}); an existing file is replaced only when it is a
   * workbook {@code creator} wrote and nobody has saved since: Excel and WPS record who saved a
   * workbook ({@code cp:lastModifiedBy}), which ours never holds.
   */
  public static void writeWorkbook(Path target, byte[] bytes, String creator) throws IOException {
    write(target, bytes, existing -> workbookWrittenBy(existing, creator));
  }

  static boolean workbookWrittenBy(Path file, String creator) {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_RECOGNISED_BYTES
          || !startsWith(file, "PK")) {
        return false;
      }
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
        var entry = zip.getEntry("docProps/core.xml");
        if (entry == null || entry.getSize() > 64 * 1024) {
          return false;
        }
        String core;
        try (InputStream in = zip.getInputStream(entry)) {
          core = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
        return core.contains("<dc:creator>" + creator + "</dc:creator>") && !core.contains("lastModifiedBy");
      }
    } catch (IOException | RuntimeException e) {
      return false; // unreadable or not a zip: not recognisably ours
    }
  }

  /**
   * Writes a text file; an existing one is replaced only when {@code ours} recognises it (a file
   * of ours that someone has edited since is theirs).
   */
  public static void writeText(Path target, String text, Predicate<Path> ours) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8), ours);
  }

  /** Writes a text file whose own first line identifies it (summary.csv starts with its header). */
  public static void writeText(Path target, String text, String firstLine) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8), existing -> startsWith(existing, firstLine));
  }

  static void write(Path target, byte[] bytes, Predicate<Path> ours) throws IOException {
    try {
      writeOrFail(target, bytes, ours);
    } catch (IOException e) {
      // A full disk says "No space left on device" without the file: name it.
      throw IoFailure.Explained.of("无法写入", "cannot write", target, e);
    }
  }

  private static void writeOrFail(Path target, byte[] bytes, Predicate<Path> ours) throws IOException {
    Path file = target.toAbsolutePath().normalize();
    Path dir = file.getParent();
    Files.createDirectories(dir);
    boolean replace = checkReplaceable(target, file, ours);
    Path tmp = dir.resolve(temporaryName(file.getFileName().toString()));
    IN_FLIGHT.add(tmp);
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      publicReadable(tmp);
      if (replace) {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        place(tmp, file, target);
      }
    } finally {
      Files.deleteIfExists(tmp);
      IN_FLIGHT.remove(tmp);
    }
  }

  /** A new name: a hard link is atomic and never replaces; file systems without links get a move that does not replace either. */
  private static void place(Path tmp, Path file, Path shown) throws IOException {
    try {
      Files.createLink(file, tmp);
    } catch (FileAlreadyExistsException e) {
      throw new IoFailure.Explained(shown + " 在写入期间被别的程序创建，未覆盖",
          shown + " was created by another program meanwhile: not replaced");
    } catch (UnsupportedOperationException | IOException e) {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw e instanceof IOException io ? io : new IOException(e);
      }
      Files.move(tmp, file);
    }
  }

  /**
   * Whether an existing target may be replaced: false when there is none, true when it is ours
   * and writable; a refusal otherwise.
   */
  private static boolean checkReplaceable(Path shown, Path file, Predicate<Path> ours) throws IOException {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      return false;
    }
    if (a.isSymbolicLink()) {
      throw new IoFailure.Explained(shown + " 是符号链接，未覆盖（请删除链接或换一个输出位置）",
          shown + " is a symbolic link: not replaced (remove the link or choose another output)");
    }
    if (a.isDirectory()) {
      throw new IoFailure.Explained(shown + " 是文件夹，不能写成文件", shown + " is a folder: cannot write a file there");
    }
    if (!a.isRegularFile()) {
      throw new IoFailure.Explained(shown + " 是特殊文件（管道、设备），未覆盖", shown + " is a special file (pipe, device): not replaced");
    }
    if (!mayWrite(file)) {
      throw new IoFailure.Explained(shown + " 是只读文件（写保护），未覆盖；如需更新请先取消只读",
          shown + " is write-protected (read-only): not replaced; remove the protection to update it");
    }
    if (!ours.test(file)) {
      throw new IoFailure.Explained(shown + " 已存在且不是本程序生成的文件，未覆盖（请移走它或换一个输出位置）",
          shown + " exists and was not written by this program: not replaced (move it or choose another output)");
    }
    return true;
  }

  /** What deleting a department's PDF of an earlier run did. */
  public enum Removal {
    REMOVED, ABSENT, NOT_OURS, PROTECTED
  }

  /**
   * Deletes a PDF of an earlier run, only if this program wrote it and it is not write-protected.
   */
  public static Removal removeOurPdf(Path pdf) throws IOException {
    if (!Files.exists(pdf, LinkOption.NOFOLLOW_LINKS)) {
      return Removal.ABSENT;
    }
    if (!Files.isRegularFile(pdf, LinkOption.NOFOLLOW_LINKS) || !writtenByUs(pdf)) {
      return Removal.NOT_OURS;
    }
    if (!mayWrite(pdf)) {
      return Removal.PROTECTED;
    }
    return Files.deleteIfExists(pdf) ? Removal.REMOVED : Removal.ABSENT;
  }

  /**
   * True when {@code pdf} is a PDF this program wrote and nobody has saved since: its /Creator
   * is ours, and it still has what our writer gives every file: /ModDate equal to
   * /CreationDate and the two halves of /ID equal (a PDF editor that saves the file changes
   * both). A file someone annotated or edited is then theirs, never replaced or deleted.
   */
  public static boolean writtenByUs(Path pdf) {
    try {
      if (!Files.isRegularFile(pdf, LinkOption.NOFOLLOW_LINKS) || Files.size(pdf) > MAX_RECOGNISED_BYTES
          || !startsWith(pdf, "%PDF-")) {
        return false;
      }
      PdfReader reader = new PdfReader(new RandomAccessFileOrArray(pdf.toString(), false, true), null);
      try {
        var info = reader.getInfo();
        var id = reader.getTrailer().getAsArray(com.lowagie.text.pdf.PdfName.ID);
        boolean sameId = id != null && id.size() == 2
            && java.util.Arrays.equals(id.getPdfObject(0).getBytes(), id.getPdfObject(1).getBytes());
        return PdfRenderer.CREATOR.equals(info.get("Creator"))
            && java.util.Objects.equals(info.get("ModDate"), info.get("CreationDate")) && sameId;
      } finally {
        reader.close();
      }
    } catch (Exception | StackOverflowError e) {
      return false; // unreadable, encrypted, damaged: not recognisably ours
    }
  }

  private static boolean startsWith(Path file, String head) {
    byte[] expected = head.getBytes(StandardCharsets.UTF_8);
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return java.util.Arrays.equals(in.readNBytes(expected.length), expected);
    } catch (IOException e) {
      return false;
    }
  }

  /** The permission bits allow us to write (checked by hand: as root, Files.isWritable is always true). */
  static boolean mayWrite(Path file) throws IOException {
    if (!Files.isWritable(file)) {
      return false;
    }
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      return true;
    }
    PosixFileAttributes a = view.readAttributes();
    Set<PosixFilePermission> p = a.permissions();
    if (a.owner().getName().equals(System.getProperty("user.name"))) {
      return p.contains(PosixFilePermission.OWNER_WRITE);
    }
    return p.contains(PosixFilePermission.OWNER_WRITE) || p.contains(PosixFilePermission.GROUP_WRITE)
        || p.contains(PosixFilePermission.OTHERS_WRITE);
  }

  /**
   * Removes the temporary files an earlier run left in {@code dir} (and below it when
   * {@code recursive}): those of a process of this machine that no longer runs, those of the
   * earlier form, and another machine's when a day old. Returns the files removed.
   */
  public static List<Path> removeStaleTemporaryFiles(Path dir, boolean recursive) {
    List<Path> removed = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return removed;
    }
    try (Stream<Path> files = recursive ? Files.walk(dir) : Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (isStaleTemporary(f) && Files.deleteIfExists(f)) {
          removed.add(f);
        }
      }
    } catch (IOException | RuntimeException e) {
      // best effort: a folder we cannot list holds nothing we could remove either
    }
    return removed;
  }

  static boolean isStaleTemporary(Path f) throws IOException {
    String name = f.getFileName().toString();
    if (!name.endsWith(".part") || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (LEGACY_TEMP.matcher(name).matches()) {
      return true;
    }
    Matcher m = TEMP.matcher(name);
    if (!m.matches()) {
      return false;
    }
    if (!m.group(1).equals(HOST)) {
      Instant modified = Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant();
      return modified.isBefore(Instant.now().minus(FOREIGN_TEMP_AGE));
    }
    long pid = Long.parseLong(m.group(2));
    return pid != PID && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
  }

  /** On a signal: removes the temporary files still being written (their documents are abandoned). */
  public static void abandonInFlight() {
    for (Path tmp : List.copyOf(IN_FLIGHT)) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // the next run removes it
      }
    }
  }

  static String temporaryName(String fileName) {
    return "." + clip(fileName, TEMP_PREFIX_BYTES) + "." + HOST + "-" + PID + "-" + SEQUENCE.incrementAndGet() + ".part";
  }

  /** The longest prefix of {@code s} within {@code maxBytes} of UTF-8, never splitting a character. */
  private static String clip(String s, int maxBytes) {
    if (DocumentFileName.bytes(s) <= maxBytes) {
      return s;
    }
    int bytes = 0;
    int end = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      int n = DocumentFileName.bytes(new String(Character.toChars(cp)));
      if (bytes + n > maxBytes) {
        break;
      }
      bytes += n;
      end += Character.charCount(cp);
    }
    return s.substring(0, end);
  }

  /** This machine in 8 hex digits (a hash of its host name), so shards on a shared folder keep apart. */
  private static String hostTag() {
    String host = "localhost";
    for (String f : List.of("/proc/sys/kernel/hostname", "/etc/hostname")) {
      try {
        String h = Files.readString(Path.of(f)).strip();
        if (!h.isEmpty()) {
          host = h;
          break;
        }
      } catch (IOException | RuntimeException e) {
        // next source
      }
    }
    return String.format("%08x", host.hashCode());
  }

  /** A published document: readable by everyone (files are created owner-only by a strict umask). */
  private static void publicReadable(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /**
   * A file name part made from data (a department name): path separators, control and reserved
   * characters become "_", and leading dots are dropped, so a name can never climb out of the
   * output folder or hide itself. (The loader refuses such names; this guards other callers.)
   */
  public static String safeName(String name) {
    String s = name.strip().replaceAll(DocumentFileName.UNSAFE_CHARACTERS, "_").replace("..", "_");
    s = s.replaceFirst("^[.\\s]+", "");
    return s.isEmpty() ? "_" : s;
  }

  /** The default file name of a department's disclosure. */
  public static String defaultFileName(String department, int year) {
    return DocumentFileName.of(safeName(department), year);
  }

  /** The default file name of a department's draft. */
  public static String draftFileName(String department, int year) {
    return DocumentFileName.draft(safeName(department), year);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
