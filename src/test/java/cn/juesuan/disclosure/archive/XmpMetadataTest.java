package cn.juesuan.disclosure.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.layout.PdfRenderer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * What the XMP says and where it comes from: the Doc's metadata (never the clock or a random
 * source), the same values as the info dictionary, and well-formed XML whatever the text.
 */
class XmpMetadataTest {

  private static final OffsetDateTime DATE =
      OffsetDateTime.of(2025, 9, 30, 0, 0, 0, 0, ZoneOffset.ofHours(8));
  private static final byte[] FILE_ID = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String XMP = "http://ns.adobe.com/xap/1.0/";
  private static final String PDF = "http://ns.adobe.com/pdf/1.3/";
  private static final String MM = "http://ns.adobe.com/xap/1.0/mm/";
  private static final String PDFAID = "http://www.aiim.org/pdfa/ns/id/";

  @Test
  void xmpRepeatsTheInfoDictionaryAndTheMetadataDate() throws Exception {
    byte[] pdf = PdfRenderer.render(doc("临夏市总工会2024年度部门决算公开", null));
    try (PDDocument pd = Loader.loadPDF(pdf)) {
      Document xmp = xmp(pd);
      var info = pd.getDocumentInformation();
      assertEquals("2", text(xmp, PDFAID, "part"));
      assertEquals("B", text(xmp, PDFAID, "conformance"));
      assertEquals(info.getTitle(), text(xmp, DC, "title"));
      assertEquals(info.getAuthor(), text(xmp, DC, "creator"));
      assertEquals(info.getSubject(), text(xmp, DC, "description"));
      assertEquals(info.getKeywords(), text(xmp, PDF, "Keywords"));
      assertEquals(info.getCreator(), text(xmp, XMP, "CreatorTool"));
      assertEquals(info.getProducer(), text(xmp, PDF, "Producer"));
      assertEquals("zh-CN", text(xmp, DC, "language"));
      assertEquals("zh-CN", pd.getDocumentCatalog().getLanguage());
      assertEquals("2025-09-30T00:00:00+08:00", text(xmp, XMP, "CreateDate"));
      assertEquals("2025-09-30T00:00:00+08:00", text(xmp, XMP, "ModifyDate"));
      assertEquals(DATE.toInstant(), info.getCreationDate().toInstant());
    }
  }

  @Test
  void idsAreNameBasedOnTheFileIdAndDraftDiffersFromFinal() throws Exception {
    Document fin = xmp(PdfRenderer.render(doc("标题", null)));
    Document draft = xmp(PdfRenderer.render(doc("标题", "草稿")));
    String hex = HexFormat.of().formatHex(FILE_ID);
    assertEquals(nameUuid("document:" + hex), text(fin, MM, "DocumentID"));
    assertEquals(nameUuid("final:" + hex), text(fin, MM, "InstanceID"));
    assertEquals(text(fin, MM, "DocumentID"), text(draft, MM, "DocumentID"));
    assertNotEquals(text(fin, MM, "InstanceID"), text(draft, MM, "InstanceID"));
  }

  @Test
  void sameDocSameBytes() {
    assertArrayEquals(PdfRenderer.render(doc("标题", null)), PdfRenderer.render(doc("标题", null)));
  }

  @Test
  void markupCharactersInTextsAreEscaped() throws Exception {
    String title = "工会 & <协会> \"2024\"";
    byte[] pdf = PdfRenderer.render(doc(title, null));
    assertEquals(title, text(xmp(pdf), DC, "title"));
  }

  @Test
  void srgbOutputIntentAndNoCidSet() throws Exception {
    try (PDDocument pd = Loader.loadPDF(PdfRenderer.render(doc("标题", null)))) {
      var intents = pd.getDocumentCatalog().getOutputIntents();
      assertEquals(1, intents.size());
      COSDictionary intent = intents.get(0).getCOSObject();
      assertEquals("GTS_PDFA1", intent.getNameAsString(COSName.S));
      assertEquals("sRGB IEC61966-2.1", intent.getString(COSName.OUTPUT_CONDITION_IDENTIFIER));
      COSStream profile = (COSStream) intent.getDictionaryObject(COSName.DEST_OUTPUT_PROFILE);
      assertEquals(3, profile.getInt(COSName.N));
      for (COSName name : pd.getPage(0).getResources().getFontNames()) {
        PDFont font = pd.getPage(0).getResources().getFont(name);
        COSArray descendants = font.getCOSObject().getCOSArray(COSName.DESCENDANT_FONTS);
        COSDictionary cid = (COSDictionary) descendants.getObject(0);
        COSDictionary descriptor = cid.getCOSDictionary(COSName.FONT_DESC);
        assertNotNull(descriptor.getDictionaryObject(COSName.FONT_FILE2), "embedded");
        assertNull(descriptor.getDictionaryObject(COSName.CID_SET), "CIDSet left out");
      }
    }
  }

  private static Block.Doc doc(String title, String watermark) {
    Block.Metadata meta = new Block.Metadata(title, "临夏市总工会", "2024年度部门决算",
        "部门决算,2024", "zh-CN", DATE, FILE_ID, watermark, List.of());
    return new Block.Doc(meta, new Block.Cover("临夏市总工会", "2024年度部门决算", "2025年9月"),
        List.of(new Block.Paragraph("临夏市总工会是隶属市委由市财政局全额拨款的参公单位。")));
  }

  private static Document xmp(byte[] pdf) throws Exception {
    try (PDDocument pd = Loader.loadPDF(pdf)) {
      return xmp(pd);
    }
  }

  private static Document xmp(PDDocument pd) throws Exception {
    byte[] bytes = pd.getDocumentCatalog().getMetadata().toByteArray();
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  private static String text(Document xmp, String namespace, String name) {
    var nodes = xmp.getElementsByTagNameNS(namespace, name);
    assertEquals(1, nodes.getLength(), name + " once");
    return nodes.item(0).getTextContent();
  }

  private static String nameUuid(String name) {
    return "uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}
