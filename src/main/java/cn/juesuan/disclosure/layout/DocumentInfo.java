package cn.juesuan.disclosure.layout;

import cn.juesuan.disclosure.document.Block;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The info dictionary, its XMP twin, /Lang and /ID, all from the input: fixed Creator and
 * Producer strings (no library version), dates from {@code metadata.date()} (never the clock),
 * and an /ID made from {@code metadata.fileId()} so that the same Doc gives the same bytes.
 *
 * <p>PDF/A requires every info entry to equal its XMP property, so both are written from one
 * {@link Values} record.
 */
final class DocumentInfo {

  static final String CREATOR = "cn.juesuan disclosure generator";
  static final String PRODUCER = "OpenPDF";
  static final String DEFAULT_LANGUAGE = "zh-CN";

  /** What the info dictionary and the XMP both say; a null or empty text is left out of both. */
  record Values(String title, String author, String subject, String keywords, String creator,
                String producer, OffsetDateTime date, String language, byte[] fileId,
                boolean draft) {}

  private DocumentInfo() {}

  static Values values(Block.Metadata meta, byte[] fileId) {
    String lang = meta.language() == null || meta.language().isBlank()
        ? DEFAULT_LANGUAGE : meta.language();
    boolean draft = meta.watermark() != null && !meta.watermark().isBlank()
        || meta.draftNotice() != null && !meta.draftNotice().isEmpty();
    return new Values(nonEmpty(meta.title()), nonEmpty(meta.author()), nonEmpty(meta.subject()),
        nonEmpty(meta.keywords()), CREATOR, PRODUCER, meta.date(), lang, fileId, draft);
  }

  static void apply(PdfWriter writer, Block.Metadata meta, byte[] fileId) {
    Values values = values(meta, fileId);
    PdfDictionary info = writer.getInfo();
    putText(info, PdfName.TITLE, values.title());
    putText(info, PdfName.AUTHOR, values.author());
    putText(info, PdfName.SUBJECT, values.subject());
    putText(info, PdfName.KEYWORDS, values.keywords());
    putText(info, PdfName.CREATOR, values.creator());
    info.put(PdfName.PRODUCER, new PdfString(values.producer()));
    if (values.date() != null) {
      PdfDate date = new PdfDate(calendar(values.date()));
      info.put(PdfName.CREATIONDATE, date);
      info.put(PdfName.MODDATE, date);
    } else {
      info.remove(PdfName.CREATIONDATE);
      info.remove(PdfName.MODDATE);
    }
    byte[] id = md5(fileId);
    // Both halves from the input: createInfoId(id) alone would add a time-based second half.
    info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(values.language()));
    writer.setXmpMetadata(XmpPacket.of(values));
  }

  private static String nonEmpty(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static void putText(PdfDictionary info, PdfName key, String value) {
    if (value != null) {
      info.put(key, new PdfString(value, PdfObject.TEXT_UNICODE));
    }
  }

  private static Calendar calendar(OffsetDateTime date) {
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
