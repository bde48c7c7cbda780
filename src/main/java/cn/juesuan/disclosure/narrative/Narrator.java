package cn.juesuan.disclosure.narrative;

import cn.juesuan.disclosure.calc.Figures;
import cn.juesuan.disclosure.layout.Block;
import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.model.Disclosure;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills the Chinese narrative from the FreeMarker templates: {@code document.ftl} is the outline
 * (parts, sections, where each table goes) and includes one template per section. Templates
 * hold wording only; every number comes from {@link Figures}, every reason from the model.
 *
 * <p>Configured for untrusted data and reviewed templates: no {@code ?new} class instantiation,
 * no {@code ?api}, undefined values are errors (no silent blanks), and interpolated text is
 * printed, never evaluated.
 */
public final class Narrator {
  private static final Configuration BUNDLED = configure(new ClassTemplateLoader(Narrator.class, "/templates"));

  private final Configuration config;

  private Narrator(Configuration config) {
    this.config = config;
  }

  /** The templates shipped in the jar (parsed once per process, then cached). */
  public static Narrator bundled() {
    return new Narrator(BUNDLED);
  }

  /**
   * Parses the bundled templates on a background thread (FreeMarker's start-up and parsing take
   * about 0.1–0.2 s of a cold run), so that the narration finds them in the cache. The templates
   * to parse are found by following the {@code #include}/{@code #import} directives from
   * {@code document.ftl}; one missed here is simply parsed when first used.
   */
  public static void warmUp() {
    Thread t = new Thread(() -> {
      try {
        parseWithIncludes("document.ftl", new java.util.HashSet<>());
      } catch (IOException | RuntimeException e) {
        // the narration itself will meet the same problem and report it properly
      }
    }, "templates");
    t.setDaemon(true);
    t.start();
  }

  private static final java.util.regex.Pattern INCLUDE =
      java.util.regex.Pattern.compile("<#(?:include|import)\\s+\"([^\"]+)\"");

  private static void parseWithIncludes(String name, java.util.Set<String> seen) throws IOException {
    if (!seen.add(name)) {
      return;
    }
    Template t = BUNDLED.getTemplate(name);
    java.util.regex.Matcher m = INCLUDE.matcher(t.toString());
    while (m.find()) {
      parseWithIncludes(m.group(1), seen);
    }
  }

  /** Templates from a folder (to try wording changes, or for {@code preview --watch}). */
  public static Narrator fromDirectory(Path dir) throws IOException {
    Configuration c = configure(new FileTemplateLoader(dir.toFile()));
    c.setTemplateUpdateDelayMilliseconds(0);
    return new Narrator(c);
  }

  /** The whole document's blocks in reading order. */
  public List<Block> narrate(Disclosure d, Figures f, Map<String, TableSpec> tables) {
    return MarkupParser.parse(render("document.ftl", d, f), tables);
  }

  String render(String templateName, Disclosure d, Figures f) {
    Map<String, Object> model = new HashMap<>();
    model.put("d", d);
    model.put("f", f);
    model.put("cn", (TemplateMethodModelEx) args -> {
      if (args.size() != 1 || !(args.get(0) instanceof TemplateNumberModel n)) {
        throw new TemplateModelException("cn(n) takes one number");
      }
      return ChineseNumerals.of(n.getAsNumber().intValue());
    });
    // Formatting only (Format owns it): counts and funds of 第四部分 print as given ("0").
    model.put("plain", (TemplateMethodModelEx) args -> {
      Object v = args.isEmpty() ? null : freemarker.template.utility.DeepUnwrap.unwrap(
          (freemarker.template.TemplateModel) args.get(0));
      return cn.juesuan.disclosure.calc.Format.plain(v instanceof java.math.BigDecimal b ? b : null);
    });
    try {
      Template t = config.getTemplate(templateName);
      StringWriter out = new StringWriter();
      t.process(model, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new NarrativeException("template " + templateName + ": " + e.getMessage(), e);
    }
  }

  private static Configuration configure(TemplateLoader loader) {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setTemplateLoader(loader);
    c.setDefaultEncoding("UTF-8");
    c.setLocale(Locale.SIMPLIFIED_CHINESE);
    c.setOutputFormat(PlainTextOutputFormat.INSTANCE);
    c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    // Numbers never reach templates as numbers to format: amounts arrive as Money/Percent
    // strings. Counts (人, 辆) print as plain integers, never "1,234".
    c.setNumberFormat("computer");
    c.setBooleanFormat("c");
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    c.setWhitespaceStripping(true);
    return c;
  }
}
