package cn.juesuan.disclosure.layout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The two bundled faces: Noto Serif SC (body, tables) and Noto Sans SC (headings, titles).
 *
 * <p>The font files are read from the classpath once per process. A {@link BaseFont} is NOT
 * shared between documents that are written at the same time: OpenPDF cuts the subset at
 * {@code close()} by reading the font through one shared file pointer, and draws the subset
 * tag (ABCDEF+) from the font's random source. So every render {@link #borrow borrows} its own
 * pair from a small pool (one pair per concurrently rendering thread, parsed once, then reused)
 * and gives it back when done. Fonts are built with {@code cached=false}: with {@code true}
 * OpenPDF's global font cache would hand every caller the same instance.
 */
public final class FontSet {

  public static final String SERIF_RESOURCE = "fonts/NotoSerifSC-Regular.ttf";
  public static final String SANS_RESOURCE = "fonts/NotoSansSC-Regular.ttf";

  /** zlib level of the embedded font subsets (see {@link #parse}). */
  static final int FONT_COMPRESSION_LEVEL = 4;

  private static final ConcurrentLinkedDeque<Fonts> POOL = new ConcurrentLinkedDeque<>();

  private FontSet() {}

  /**
   * File bytes of each face, read on first use (lazy holders: class init is thread-safe). The
   * build stores the fonts uncompressed in the jar, so this is a copy, not a 25 MB inflate.
   */
  private static final class SerifBytes {
    static final byte[] BYTES = readResource(SERIF_RESOURCE);
  }

  private static final class SansBytes {
    static final byte[] BYTES = readResource(SANS_RESOURCE);
  }

  /**
   * The first pair parsed, on first render (never for {@code validate}): lent to the first
   * render, so a one-document run parses each face once. One holder a face, so that
   * {@link #warmUp()} can parse both at once.
   */
  private static final class SerifProbe {
    static final BaseFont FONT = parse(SERIF_RESOURCE, SerifBytes.BYTES);
  }

  private static final class SansProbe {
    static final BaseFont FONT = parse(SANS_RESOURCE, SansBytes.BYTES);
  }

  private static final AtomicBoolean PROBE_LENT = new AtomicBoolean();

  /**
   * Which code points each face can draw, read from its cmap alone (a few milliseconds): the
   * glyph checks of {@code validate} never wait for the full parse. Null when the cmap is of a
   * kind {@link CmapCoverage} does not read; then the parsed font is asked.
   */
  private static final class SerifCoverage {
    static final CmapCoverage MAP = CmapCoverage.read(SerifBytes.BYTES);
  }

  private static final class SansCoverage {
    static final CmapCoverage MAP = CmapCoverage.read(SansBytes.BYTES);
  }

  /**
   * Starts parsing both faces in the background (about 0.1–0.2 s each on a cold JVM), so that a
   * command that renders can load, check and narrate meanwhile. Later calls wait for the parse,
   * not redo it.
   */
  public static void warmUp() {
    startDaemon("font-sans", () -> {
      sansCanDraw('0');
      SansProbe.FONT.getPostscriptFontName();
    });
    rehearsal = startDaemon("font-serif", () -> {
      serifCanDraw('0');
      SerifProbe.FONT.getPostscriptFontName();
      // then, with both faces (waits for the sans thread), a throw-away render: see Rehearsal
      Rehearsal.run(new Fonts(SerifProbe.FONT, SansProbe.FONT));
      cn.juesuan.disclosure.diag.Timing.mark("rehearsal rendered");
    });
  }

  /**
   * The warm-up thread while it rehearses with the first pair; {@link #borrow} waits for it
   * before lending that pair (so a cold run never parses a second one).
   */
  private static volatile Thread rehearsal;

  private static void awaitRehearsal() {
    Thread t = rehearsal;
    if (t == null || t == Thread.currentThread()) {
      return;
    }
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Reads both faces' coverage in the background: all that {@code validate} needs of the fonts. */
  public static void warmUpCoverage() {
    startDaemon("font-coverage", () -> {
      serifCanDraw('0');
      sansCanDraw('0');
    });
  }

  private static Thread startDaemon(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * Borrows a font pair for one document. {@code subsetSeed} fixes the subset tags, so the same
   * seed gives the same bytes whatever instance is handed out. Close the lease when done.
   */
  public static Fonts borrow(byte[] subsetSeed) {
    Fonts fonts = POOL.pollFirst();
    if (fonts == null && PROBE_LENT.compareAndSet(false, true)) {
      awaitRehearsal();
      fonts = new Fonts(SerifProbe.FONT, SansProbe.FONT);
    }
    if (fonts == null) {
      fonts = new Fonts(parse(SERIF_RESOURCE, SerifBytes.BYTES), parse(SANS_RESOURCE, SansBytes.BYTES));
    }
    fonts.fixSubsetTags(subsetSeed);
    return fonts;
  }

  /** True when at least one bundled face has a glyph for the code point. */
  public static boolean canDraw(int codePoint) {
    return serifCanDraw(codePoint) || sansCanDraw(codePoint);
  }

  /** True when the serif face (body text, tables) has a glyph for the code point. */
  static boolean serifCanDraw(int codePoint) {
    CmapCoverage map = SerifCoverage.MAP;
    return map != null ? map.contains(codePoint) : SerifProbe.FONT.charExists(codePoint);
  }

  /** True when the sans face (headings) has a glyph for the code point. */
  static boolean sansCanDraw(int codePoint) {
    CmapCoverage map = SansCoverage.MAP;
    return map != null ? map.contains(codePoint) : SansProbe.FONT.charExists(codePoint);
  }

  /**
   * The first code point of {@code text} that neither face can draw (it would print as a blank
   * box), ignoring line breaks, tabs and spaces; empty when every character is drawable.
   */
  public static OptionalInt firstUndrawable(String text) {
    if (text == null) {
      return OptionalInt.empty();
    }
    // a plain loop: every printed string passes here twice a document (check, then render)
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isLayoutWhitespace(cp) && !canDraw(cp)) {
        return OptionalInt.of(cp);
      }
      i += Character.charCount(cp);
    }
    return OptionalInt.empty();
  }

  static boolean isLayoutWhitespace(int cp) {
    return cp == '\n' || cp == '\r' || cp == '\t' || Character.isSpaceChar(cp);
  }

  /** The sans face's file bytes (read once per process), for java.awt's outline of the draft mark. */
  static byte[] sansBytes() {
    return SansBytes.BYTES;
  }

  private static BaseFont parse(String name, byte[] bytes) {
    try {
      // cached=false: a fresh instance (the global cache would share one across threads).
      BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
          bytes, null);
      // No CIDSet: OpenPDF lists only the CIDs used, but its subset keeps every glyph slot, and
      // PDF/A-2 (6.2.11.4.2) wants a CIDSet, if present, to list all CIDs of the font program.
      font.setIncludeCidSet(false);
      // Flate level 4 for the embedded subset: its deflate (about 0.7 MB of glyph data, hmtx
      // and loca a document) took ~40% of a document's CPU at the default level 6; level 4
      // halves that for 2% more bytes (~5 KB). The font program, once inflated, is unchanged.
      font.setCompressionLevel(FONT_COMPRESSION_LEVEL);
      DenseCmap.install(font);
      cn.juesuan.disclosure.diag.Timing.mark("parsed " + name);
      return font;
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("cannot parse bundled font " + name, e);
    }
  }

  private static byte[] readResource(String name) {
    ClassLoader loader = FontSet.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("font " + name + " is not on the classpath");
      }
      byte[] bytes = in.readAllBytes();
      cn.juesuan.disclosure.diag.Timing.mark("read " + name);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + name, e);
    }
  }

  /** A borrowed serif/sans pair; one document at a time. {@link #close()} returns it. */
  public static final class Fonts implements AutoCloseable {
    private final BaseFont serif;
    private final BaseFont sans;
    private boolean returned;

    private Fonts(BaseFont serif, BaseFont sans) {
      this.serif = serif;
      this.sans = sans;
    }

    public BaseFont serif() {
      return serif;
    }

    public BaseFont sans() {
      return sans;
    }

    private void fixSubsetTags(byte[] seed) {
      returned = false;
      serif.setSecureRandom(new SubsetTagSource(seed, "serif"));
      sans.setSecureRandom(new SubsetTagSource(seed, "sans"));
    }

    @Override
    public void close() {
      if (!returned) {
        returned = true;
        POOL.offerFirst(this);
      }
    }
  }

  /**
   * Feeds {@code BaseFont.createSubsetPrefix()} (six calls to nextDouble, one letter each) from
   * a hash of the document seed and the face, so the tag is stable per document and differs
   * between the two faces.
   */
  private static final class SubsetTagSource extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] digest;
    private int next;

    SubsetTagSource(byte[] seed, String face) {
      super(new byte[0]);
      this.digest = sha256(seed, face);
    }

    @Override
    public double nextDouble() {
      int letter = (digest[next++ % digest.length] & 0xff) % 26;
      return (letter + 0.5) / 26.0;
    }

    private static byte[] sha256(byte[] seed, String face) {
      try {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(seed == null ? new byte[0] : seed);
        md.update(face.getBytes(StandardCharsets.UTF_8));
        return md.digest();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
