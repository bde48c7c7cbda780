package cn.juesuan.disclosure.load;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file names a department's documents get, built from its name and year
 * ({@code <部门>-<年度>年度部门决算.pdf}, the draft {@code …-草稿.pdf}), and the rule a name must
 * meet to make one. The loader applies the rule, so {@code validate} reports a name that
 * {@code generate} could not write, instead of {@code generate} failing on it.
 */
public final class DocumentFileName {
  /** Most file systems (ext4, XFS, NTFS in UTF-16 units, APFS) allow 255 bytes for a name. */
  public static final int MAX_FILE_NAME_BYTES = 255;
  /** Characters no file system or archive tool should see in a name built from data. */
  public static final String UNSAFE_CHARACTERS = "[\\\\/:*?\"<>|\\p{Cntrl}]";
  /** Those, a leading dot (a hidden file) and ".." (a way out of the output folder). */
  private static final Pattern UNSAFE = Pattern.compile(UNSAFE_CHARACTERS + "|^\\.|\\.\\.");
  private static final String FINAL_SUFFIX = "年度部门决算.pdf";
  private static final String DRAFT_SUFFIX = "年度部门决算-草稿.pdf";
  /** The longest year the loader accepts has 4 digits; the draft's suffix is the longer one. */
  static final int MAX_NAME_BYTES = MAX_FILE_NAME_BYTES - bytes("-0000" + DRAFT_SUFFIX);

  private DocumentFileName() {}

  public static String of(String department, int year) {
    return department + "-" + year + FINAL_SUFFIX;
  }

  public static String draft(String department, int year) {
    return department + "-" + year + DRAFT_SUFFIX;
  }

  /** Why a department name cannot build a file name, in Chinese and English; empty when it can. */
  public static Optional<String[]> problem(String name) {
    Matcher m = UNSAFE.matcher(name);
    if (m.find()) {
      return Optional.of(new String[] {
          "部门名称含有不能用于文件名的字符 \"" + m.group() + "\"（名称用于输出文件名）",
          "the department name contains \"" + m.group() + "\", unsafe in a file name"});
    }
    int bytes = bytes(name);
    if (bytes > MAX_NAME_BYTES) {
      return Optional.of(new String[] {
          "部门名称过长：" + bytes + " 字节（UTF-8，汉字占 3 字节），上限 " + MAX_NAME_BYTES
              + " 字节（约 " + MAX_NAME_BYTES / 3 + " 个汉字），因为文件名最长 " + MAX_FILE_NAME_BYTES + " 字节",
          "the department name is " + bytes + " bytes in UTF-8, over the limit of " + MAX_NAME_BYTES
              + " (about " + MAX_NAME_BYTES / 3 + " Chinese characters): a file name holds at most "
              + MAX_FILE_NAME_BYTES + " bytes"});
    }
    return Optional.empty();
  }

  public static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
