package cn.juesuan.disclosure.layout;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The info dictionary, /Lang and /ID, all from the input: fixed Creator and Producer strings
 * (no library version), dates from {@code metadata.date()} (never the clock), and an /ID made
 * from {@code metadata.fileId()} so that the same Doc gives the same bytes.
 */
final class DocumentInfo {

  static final String CREATOR = "cn.juesuan disclosure generator";
  static final String PRODUCER = "OpenPDF";
  static final String DEFAULT_LANGUAGE = "zh-CN";

  private DocumentInfo() {}

  static void apply(PdfWriter writer, Block.Metadata meta, byte[] fileId) {
    PdfDictionary info = writer.getInfo();
    putText(info, PdfName.TITLE, meta.title());
    putText(info, PdfName.AUTHOR, meta.author());
    putText(info, PdfName.SUBJECT, meta.subject());
    putText(info, PdfName.KEYWORDS, meta.keywords());
    putText(info, PdfName.CREATOR, CREATOR);
    info.put(PdfName.PRODUCER, new PdfString(PRODUCER));
    if (meta.date() != null) {
      PdfDate date = new PdfDate(calendar(meta.date()));
      info.put(PdfName.CREATIONDATE, date);
      info.put(PdfName.MODDATE, date);
    } else {
      info.remove(PdfName.CREATIONDATE);
      info.remove(PdfName.MODDATE);
    }
    byte[] id = md5(fileId);
    // Both halves from the input: createInfoId(id) alone would add a time-based second half.
    info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    String lang = meta.language() == null || meta.language().isBlank()
        ? DEFAULT_LANGUAGE : meta.language();
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(lang));
  }

  private static void putText(PdfDictionary info, PdfName key, String value) {
    if (value != null && !value.isEmpty()) {
      info.put(key, new PdfString(value, PdfObject.TEXT_UNICODE));
    }
  }

  private static Calendar calendar(java.time.OffsetDateTime date) {
    TimeZone zone = TimeZone.getTimeZone(date.getOffset());
    GregorianCalendar cal = new GregorianCalendar(zone, Locale.ROOT);
    cal.setTimeInMillis(date.toInstant().toEpochMilli());
    return cal;
  }

  private static byte[] md5(byte[] bytes) {
    try {
      return MessageDigest.getInstance("MD5").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
