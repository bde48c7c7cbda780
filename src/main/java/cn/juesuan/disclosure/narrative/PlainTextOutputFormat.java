package cn.juesuan.disclosure.narrative;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * The templates' output: lines of text, each starting with a layout marker ({@code @p}, {@code @h1}…,
 * see {@link MarkupParser}). Interpolated values — the department's own words included — are
 * "escaped" by folding their line breaks, so a value can never start a line and thus never
 * become a marker. A value is printed, never parsed: a FreeMarker directive inside a reason
 * text comes out literally.
 */
final class PlainTextOutputFormat extends CommonMarkupOutputFormat<PlainTextOutputFormat.Model> {
  static final PlainTextOutputFormat INSTANCE = new PlainTextOutputFormat();

  private PlainTextOutputFormat() {}

  @Override
  public String getName() {
    return "disclosureText";
  }

  @Override
  public String getMimeType() {
    return "text/plain";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escapePlainText(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return plainTextContent.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Model(plainTextContent, markupContent);
  }

  static final class Model extends CommonTemplateMarkupOutputModel<Model> {
    Model(String plainTextContent, String markupContent) {
      super(plainTextContent, markupContent);
    }

    @Override
    public PlainTextOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }
}
