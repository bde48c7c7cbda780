package cn.juesuan.disclosure.workbook;

import static cn.juesuan.disclosure.workbook.Workbooks.errors;
import static cn.juesuan.disclosure.workbook.Workbooks.exported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.cli.Main;
import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.testing.Example;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook as a file: saved by WPS, open in Excel (its lock file beside it, the file
 * read-only), password-protected, damaged. A workbook that reads gives the example's tables;
 * one that does not gives one error in both languages naming the file, the exit code of an
 * error in the data (1), and leaves every file as it was.
 */
class WorkbookFileTest {
  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  private static Run validate(Path yaml) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "validate", yaml.toString());
    return new Run(exit, out.toString(), err.toString());
  }

  private static byte[] bytes(Workbook wb) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }

  /** Every file of the folder with its bytes and time: what "nothing changed on disk" compares. */
  private Map<String, String> disk() throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        out.put(p.getFileName().toString(), Arrays.hashCode(Files.readAllBytes(p)) + "@" + Files.getLastModifiedTime(p));
      }
    }
    return out;
  }

  @Test
  void aWorkbookSavedByWpsReads() throws Exception {
    byte[] plain;
    try (Workbook wb = exported()) {
      plain = bytes(wb);
    }
    // what WPS writes into a workbook it saves: its application name and its build property
    ByteArrayOutputStream wps = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain));
         ZipOutputStream out = new ZipOutputStream(wps)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        String text = new String(data, StandardCharsets.UTF_8);
        if (e.getName().equals("docProps/app.xml")) {
          data = text.replaceFirst("<Application>[^<]*</Application>", "<Application>WPS 表格</Application>")
              .getBytes(StandardCharsets.UTF_8);
        } else if (e.getName().equals("[Content_Types].xml")) {
          data = text.replace("</Types>", "<Override PartName=\"/docProps/custom.xml\" ContentType="
              + "\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8);
        } else if (e.getName().equals("_rels/.rels")) {
          data = text.replace("</Relationships>", "<Relationship Id=\"rIdWps\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/custom-properties\" Target=\"docProps/custom.xml\"/></Relationships>")
              .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry("docProps/custom.xml"));
      out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties xmlns=\"http://schemas."
          + "openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/docPropsVTypes\"><property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\""
          + " name=\"KSOProductBuildVer\"><vt:lpwstr>2052-12.1.0.16929</vt:lpwstr></property></Properties>")
          .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    Files.write(dir.resolve("wps.xlsx"), wps.toByteArray());
    DisclosureLoader.Result r = DisclosureLoader.load(Workbooks.yamlWithWorkbook(dir, "wps.xlsx"));
    assertTrue(r.ok(), () -> errors(r).toString());
    assertEquals(Example.disclosure().tables(), r.disclosure().tables());
  }

  @Test
  void aWorkbookOpenInExcelReadsAndItsLockFileIsLeftAlone() throws Exception {
    try (Workbook wb = exported()) {
      Files.write(dir.resolve("决算报表.xlsx"), bytes(wb));
    }
    // Excel's lock file: the user's name, padded, 165 bytes
    byte[] lock = new byte[165];
    byte[] user = "财务科".getBytes(StandardCharsets.UTF_16LE);
    lock[0] = (byte) 3;
    System.arraycopy(user, 0, lock, 1, user.length);
    Files.write(dir.resolve("~$决算报表.xlsx"), lock);
    Path workbook = dir.resolve("决算报表.xlsx");
    Files.setLastModifiedTime(workbook, FileTime.fromMillis(1_700_000_000_000L));
    assertTrue(workbook.toFile().setWritable(false), "the workbook made read-only, as a locked file is");
    Path yaml = Workbooks.yamlWithWorkbook(dir, "决算报表.xlsx");
    Map<String, String> before = disk();
    DisclosureLoader.Result r = DisclosureLoader.load(yaml);
    assertTrue(r.ok(), () -> errors(r).toString());
    assertEquals(Example.disclosure().tables(), r.disclosure().tables());
    assertEquals(0, validate(yaml).exit());
    assertEquals(before, disk(), "nothing written, nothing removed, the lock file untouched");
    workbook.toFile().setWritable(true);
  }

  @Test
  void theLockFileNamedInsteadOfTheWorkbookIsSaidSo() throws Exception {
    Files.write(dir.resolve("~$决算报表.xlsx"), new byte[165]);
    Path yaml = Workbooks.yamlWithWorkbook(dir, "~$决算报表.xlsx");
    DisclosureLoader.Result r = DisclosureLoader.load(yaml);
    Finding f = errors(r).get(0);
    assertEquals("workbook.lock-file", f.id(), f.render());
    assertTrue(f.zh().contains("锁定文件") && f.zh().contains("决算报表.xlsx") && f.en().contains("lock file"), f.render());
  }

  @Test
  void sheetsProtectedAgainstEditingStillRead() throws Exception {
    // 保护工作表 / 保护工作簿 guard against edits, not against reading: no password is needed
    try (Workbook wb = exported()) {
      for (var s : wb) {
        s.protectSheet("财务2024");
      }
      ((org.apache.poi.xssf.usermodel.XSSFWorkbook) wb).lockStructure();
      Files.write(dir.resolve("protected.xlsx"), bytes(wb));
    }
    DisclosureLoader.Result r = DisclosureLoader.load(Workbooks.yamlWithWorkbook(dir, "protected.xlsx"));
    assertTrue(r.ok(), () -> errors(r).toString());
    assertEquals(Example.disclosure().tables(), r.disclosure().tables());
  }

  @Test
  void aPasswordProtectedXlsxIsRefusedInWordsAndNothingChanges() throws Exception {
    POIFSFileSystem fs = new POIFSFileSystem();
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor enc = info.getEncryptor();
    enc.confirmPassword("财务2024");
    try (Workbook wb = exported(); OutputStream os = enc.getDataStream(fs)) {
      wb.write(os);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("locked.xlsx"))) {
      fs.writeFilesystem(out);
    }
    fs.close();
    assertRefused("locked.xlsx", "workbook.encrypted", "密码", "password");
  }

  @Test
  void aPasswordProtectedXlsIsRefusedInWords() throws Exception {
    try (HSSFWorkbook xls = new HSSFWorkbook()) {
      xls.createSheet("公开01").createRow(0).createCell(0).setCellValue("一、收入支出决算总表");
      Biff8EncryptionKey.setCurrentUserPassword("secret");
      try (OutputStream out = Files.newOutputStream(dir.resolve("locked.xls"))) {
        xls.write(out);
      } finally {
        Biff8EncryptionKey.setCurrentUserPassword(null);
      }
    }
    assertRefused("locked.xls", "workbook.encrypted", "密码", "password");
  }

  @Test
  void aDamagedWorkbookIsRefusedInWordsAndNothingChanges() throws Exception {
    byte[] whole;
    try (Workbook wb = exported()) {
      whole = bytes(wb);
    }
    Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2)); // a copy cut short
    assertRefused("cut.xlsx", "workbook.unreadable", "损坏", "damaged");
  }

  private void assertRefused(String name, String id, String zh, String en) throws Exception {
    Path yaml = Workbooks.yamlWithWorkbook(dir, name);
    Map<String, String> before = disk();
    DisclosureLoader.Result r = DisclosureLoader.load(yaml);
    assertEquals(1, errors(r).size(), errors(r).toString());
    Finding f = errors(r).get(0);
    assertEquals(id, f.id(), f.render());
    assertTrue(f.zh().contains(dir.resolve(name).toString()) && f.zh().contains(zh), f.render());
    assertTrue(f.en().contains(dir.resolve(name).toString()) && f.en().contains(en), f.render());
    assertTrue(f.location().line() > 0, "at the YAML's workbook: line: " + f.render());
    Run run = validate(yaml);
    assertEquals(1, run.exit(), "an error in the data, as the README's exit codes say: " + run.out() + run.err());
    assertFalse((run.out() + run.err()).contains("Exception"), run.out() + run.err());
    assertEquals(before, disk());
  }
}
