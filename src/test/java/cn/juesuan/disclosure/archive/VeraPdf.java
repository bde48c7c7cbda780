package cn.juesuan.disclosure.archive;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** veraPDF (Greenfield parser) in-process: validates a PDF against the flavour its XMP claims. */
final class VeraPdf {

  /** One failed rule: "6.2.11.4.1-1" style key, how often it failed, and veraPDF's description. */
  record FailedRule(String clause, int test, int count, String description) {
    String key() {
      return clause + "-" + test;
    }

    @Override
    public String toString() {
      return key() + " ×" + count + ": " + description;
    }
  }

  /** The claimed flavour (NO_FLAVOUR when the XMP claims none) and the rules that failed. */
  record Report(PDFAFlavour claimed, boolean compliant, List<FailedRule> failed) {
    List<String> failedKeys() {
      return failed.stream().map(FailedRule::key).toList();
    }

    String describe() {
      StringBuilder out = new StringBuilder("veraPDF, flavour " + claimed.getId()
          + (compliant ? ": compliant" : ": NOT compliant, " + failed.size() + " rule(s) failed"));
      failed.forEach(rule -> out.append("\n  ").append(rule));
      return out.toString();
    }
  }

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  static Report validate(byte[] pdf) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
      PDFAFlavour claimed = parser.getFlavour(); // read from the XMP pdfaid:part/conformance
      PDFAValidator validator = Foundries.defaultInstance().createValidator(
          claimed == PDFAFlavour.NO_FLAVOUR ? PDFAFlavour.PDFA_1_B : claimed, false);
      ValidationResult result = validator.validate(parser);
      List<FailedRule> failed = result.getFailedChecks().entrySet().stream()
          .map(e -> failedRule(validator, e))
          .sorted(Comparator.comparing(FailedRule::clause).thenComparing(FailedRule::test))
          .toList();
      return new Report(claimed, result.isCompliant(), failed);
    }
  }

  private static FailedRule failedRule(PDFAValidator validator, Map.Entry<RuleId, Integer> e) {
    RuleId id = e.getKey();
    Rule rule = validator.getProfile().getRuleByRuleId(id);
    String description = rule == null ? "?" : rule.getDescription();
    return new FailedRule(id.getClause(), id.getTestNumber(), e.getValue(), description);
  }
}
