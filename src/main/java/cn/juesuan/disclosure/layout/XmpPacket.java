package cn.juesuan.disclosure.layout;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The XMP metadata stream of a PDF/A-2b file: the PDF/A identification (pdfaid), the Dublin
 * Core and XMP twins of the info dictionary, the language, and document/instance IDs.
 *
 * <p>Deterministic: no clock and no random UUID. The IDs are name-based UUIDs of the file id,
 * so the same input gives the same packet, and a draft and a final of the same input differ.
 */
final class XmpPacket {

  static final int PDFA_PART = 2;
  static final String PDFA_CONFORMANCE = "B";

  /** Seconds and an explicit offset (+08:00, never Z), the form the PDF date converts to. */
  private static final DateTimeFormatter XMP_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
  /** Room to edit the packet in place, as the XMP spec recommends (2 KB of spaces). */
  private static final int PADDING_LINES = 20;

  private XmpPacket() {}

  static byte[] of(DocumentInfo.Values v) {
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

    description(x, "pdfaid", "http://www.aiim.org/pdfa/ns/id/");
    simple(x, "pdfaid:part", String.valueOf(PDFA_PART));
    simple(x, "pdfaid:conformance", PDFA_CONFORMANCE);
    x.append("  </rdf:Description>\n");

    description(x, "dc", "http://purl.org/dc/elements/1.1/");
    simple(x, "dc:format", "application/pdf");
    alt(x, "dc:title", v.title());
    seq(x, "dc:creator", v.author());
    alt(x, "dc:description", v.subject());
    bag(x, "dc:language", v.language());
    x.append("  </rdf:Description>\n");

    description(x, "xmp", "http://ns.adobe.com/xap/1.0/");
    simple(x, "xmp:CreatorTool", v.creator());
    if (v.date() != null) {
      String date = date(v.date());
      simple(x, "xmp:CreateDate", date);
      simple(x, "xmp:ModifyDate", date);
      simple(x, "xmp:MetadataDate", date);
    }
    x.append("  </rdf:Description>\n");

    description(x, "pdf", "http://ns.adobe.com/pdf/1.3/");
    simple(x, "pdf:Producer", v.producer());
    simple(x, "pdf:Keywords", v.keywords());
    x.append("  </rdf:Description>\n");

    description(x, "xmpMM", "http://ns.adobe.com/xap/1.0/mm/");
    simple(x, "xmpMM:DocumentID", uuid("document", v.fileId()));
    simple(x, "xmpMM:InstanceID", uuid(v.draft() ? "draft" : "final", v.fileId()));
    x.append("  </rdf:Description>\n");

    x.append(" </rdf:RDF>\n</x:xmpmeta>\n");
    String spaces = " ".repeat(99) + "\n";
    x.append(spaces.repeat(PADDING_LINES));
    x.append("<?xpacket end=\"w\"?>");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String date(OffsetDateTime date) {
    return XMP_DATE.format(date);
  }

  /** A name-based (MD5, version 3) UUID of the role and the file id: stable, never random. */
  static String uuid(String role, byte[] fileId) {
    String name = role + ":" + HexFormat.of().formatHex(fileId == null ? new byte[0] : fileId);
    return "uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  private static void description(StringBuilder x, String prefix, String namespace) {
    x.append("  <rdf:Description rdf:about=\"\" xmlns:").append(prefix).append("=\"")
        .append(namespace).append("\">\n");
  }

  private static void simple(StringBuilder x, String property, String value) {
    if (value != null) {
      x.append("   <").append(property).append('>').append(escape(value))
          .append("</").append(property).append(">\n");
    }
  }

  private static void alt(StringBuilder x, String property, String value) {
    container(x, property, "rdf:Alt", " xml:lang=\"x-default\"", value);
  }

  private static void seq(StringBuilder x, String property, String value) {
    container(x, property, "rdf:Seq", "", value);
  }

  private static void bag(StringBuilder x, String property, String value) {
    container(x, property, "rdf:Bag", "", value);
  }

  private static void container(StringBuilder x, String property, String kind, String itemAttr,
                                String value) {
    if (value == null) {
      return;
    }
    x.append("   <").append(property).append("><").append(kind).append("><rdf:li")
        .append(itemAttr).append('>').append(escape(value)).append("</rdf:li></")
        .append(kind).append("></").append(property).append(">\n");
  }

  /** XML text escaping; characters XML 1.0 cannot carry at all are dropped. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF) {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }
}
