package cn.juesuan.disclosure.layout;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfICCBased;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PDF/A output intent: sRGB, with the ICC profile the JDK ships. It makes the device
 * colours the pages use (black text, grey rules and watermark, link colours) well defined.
 *
 * <p>The profile bytes are the JDK's, so they are the same on every run of one JDK; the
 * subtype is GTS_PDFA1 for every PDF/A part (ISO 19005-2 keeps the name).
 */
final class OutputIntent {

  static final String SRGB = "sRGB IEC61966-2.1";
  private static final PdfName GTS_PDFA1 = new PdfName("GTS_PDFA1");

  private OutputIntent() {}

  /** Loaded on first use: java.awt.color is only touched when a PDF is written. */
  private static final class Profile {
    static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
  }

  static void apply(PdfWriter writer) {
    PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
    intent.put(PdfName.S, GTS_PDFA1);
    intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
    intent.put(PdfName.INFO, new PdfString(SRGB));
    try {
      PdfICCBased profile = new PdfICCBased(Profile.SRGB, writer.getCompressionLevel());
      intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sRGB output intent", e);
    }
    writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
  }
}
