package cn.juesuan.disclosure.narrative;

import cn.juesuan.disclosure.calc.Figures;
import cn.juesuan.disclosure.catalogue.Catalogue;
import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.document.TableSpec;
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
  /** Bundled formats' configurations by classpath root: parsed once per process, then cached. */
  private static final Map<String, Configuration> BUNDLED = new java.util.concurrent.ConcurrentHashMap<>();

  private final Configuration config;

  private Narrator(Configuration config) {
    this.config = config;
  }

  /** The templates of a format: from the jar for a bundled one, else from its directory. */
  public static Narrator of(Catalogue format) {
    Catalogue.TemplateSource source = format.templates();
    if (source.isBundled()) {
      return new Narrator(bundledConfig(source.classpathRoot()));
    }
    // One configuration per folder for the run (a batch parses each template once); it
    // re-reads a template whose file changed (preview --watch).
    return new Narrator(DIRECTORIES.computeIfAbsent(source.directory().toAbsolutePath().normalize(), dir -> {
      try {
        return directoryConfig(dir);
      } catch (IOException e) {
        throw new NarrativeException("templates of format " + format.id() + ": " + e.getMessage(), e);
      }
    }));
  }

  private static final Map<Path, Configuration> DIRECTORIES = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Parses a bundled format's templates on a background thread (FreeMarker's start-up and
   * parsing take about 0.1–0.2 s of a cold run), so that the narration finds them in the cache.
   * The templates to parse are found by following the {@code #include}/{@code #import}
   * directives from the outline; one missed here is simply parsed when first used. The format
   * is read on that thread too.
   */
  public static void warmUp(java.util.function.Supplier<Catalogue> format) {
    Thread t = new Thread(() -> {
      try {
        Catalogue c = format.get();
        if (c.templates().isBundled()) {
          parseWithIncludes(bundledConfig(c.templates().classpathRoot()), c.outline(), new java.util.HashSet<>());
        }
      } catch (IOException | RuntimeException e) {
        // the narration itself will meet the same problem and report it properly
      }
    }, "templates");
    t.setDaemon(true);
    t.start();
  }

  private static final java.util.regex.Pattern INCLUDE =
      java.util.regex.Pattern.compile("<#(?:include|import)\\s+\"([^\"]+)\"");

  private static void parseWithIncludes(Configuration config, String name, java.util.Set<String> seen)
      throws IOException {
    if (!seen.add(name)) {
      return;
    }
    Template t = config.getTemplate(name);
    java.util.regex.Matcher m = INCLUDE.matcher(t.toString());
    while (m.find()) {
      parseWithIncludes(config, m.group(1), seen);
    }
  }

  private static Configuration bundledConfig(String root) {
    return BUNDLED.computeIfAbsent(root, r -> configure(new ClassTemplateLoader(Narrator.class, r)));
  }

  /** Templates from a folder, re-read when they change (to try wording, {@code preview --watch}). */
  public static Narrator fromDirectory(Path dir) throws IOException {
    return new Narrator(directoryConfig(dir));
  }

  private static Configuration directoryConfig(Path dir) throws IOException {
    Configuration c = configure(new FileTemplateLoader(dir.toFile()));
    c.setTemplateUpdateDelayMilliseconds(0);
    return c;
  }

  /** The whole document's blocks in reading order: the format's outline template, expanded. */
  public List<Block> narrate(Disclosure d, Figures f, Map<String, TableSpec> tables) {
    return MarkupParser.parse(render(d.format().outline(), d, f), tables, d.format().pages());
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
