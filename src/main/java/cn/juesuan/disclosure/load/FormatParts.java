package cn.juesuan.disclosure.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Temporary: the parts a format requires, from its catalogue's {@code requires} list. */
final class FormatParts {
  private FormatParts() {}

  /** The Gansu 2024 outline's parts (the default format). */
  static final Set<String> DEFAULT = Set.of("profile.duties", "profile.organization", "profile.fundingType",
      "performance");

  @SuppressWarnings("unchecked")
  static Set<String> required(String format) {
    try (InputStream in = FormatParts.class.getResourceAsStream("/templates/" + format + "/format.yaml")) {
      if (in == null) {
        return DEFAULT;
      }
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      Object r = doc instanceof java.util.Map<?, ?> m ? m.get("requires") : null;
      return r instanceof List<?> l ? Set.copyOf((List<String>) l) : Set.of();
    } catch (IOException e) {
      return DEFAULT;
    }
  }
}
