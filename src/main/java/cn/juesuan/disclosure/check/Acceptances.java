package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Location;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.diag.Suggestion;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Review;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 出错说明: the office's written acceptance of a check's finding. An error or warning of a check
 * (see {@link CheckRegistry}) that an acceptance matches becomes {@link Severity#ACCEPTED}, with
 * the reason, so it no longer blocks the PDF and is still listed by {@code validate} and the
 * draft; the figures print as given. An acceptance matches a finding of its check whose field is
 * the acceptance's {@code field} or lies under it ({@code tables.gk06} covers
 * {@code tables.gk06.amounts.302}); without a field, every finding of the check. An acceptance
 * that matches nothing any more is a warning (stale), so that last year's explanation is not
 * carried on silently; an unknown check id is an error. Loading errors, pins and notes cannot be
 * accepted: they are not a department's deviation.
 */
public final class Acceptances {
  private Acceptances() {}

  public static Findings apply(Disclosure d, Findings findings) {
    List<Review.Acceptance> acceptances = d.review() == null ? List.of() : d.review().acceptances();
    if (acceptances.isEmpty()) {
      return findings;
    }
    Set<String> known = CheckRegistry.all().stream().map(Check::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    int[] matched = new int[acceptances.size()];
    Findings out = new Findings();
    for (Finding f : findings.all()) {
      Review.Acceptance by = acceptable(f, known) ? firstMatch(acceptances, f, matched) : null;
      out.add(by == null ? f : accepted(f, by));
    }
    for (int i = 0; i < acceptances.size(); i++) {
      Review.Acceptance a = acceptances.get(i);
      Location at = d.source().at(a.path() + ".check");
      if (!known.contains(a.check())) {
        out.error("acceptance.unknown-check", at,
            "未知的检查编号 \"" + a.check() + "\"" + Suggestion.hintZh(a.check(), known)
                + "（出错说明只适用于勾稽检查，见 README“检查”一节）",
            "unknown check id \"" + a.check() + "\"" + Suggestion.hintEn(a.check(), known)
                + " (acceptances apply to the checks listed in the README)");
      } else if (matched[i] == 0) {
        out.warning("acceptance.stale", d.source().at(a.path()),
            "出错说明不再对应任何检查结果：" + a.check() + (a.field() == null ? "" : " " + a.field())
                + " 现已无错误或警告，可删除此条说明",
            "this acceptance matches no finding any more (" + a.check()
                + (a.field() == null ? "" : " " + a.field()) + "): it can go");
      }
    }
    return out;
  }

  private static boolean acceptable(Finding f, Set<String> checkIds) {
    return (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING) && checkIds.contains(f.id());
  }

  private static Review.Acceptance firstMatch(List<Review.Acceptance> acceptances, Finding f, int[] matched) {
    Review.Acceptance first = null;
    for (int i = 0; i < acceptances.size(); i++) {
      Review.Acceptance a = acceptances.get(i);
      if (a.check().equals(f.id()) && covers(a.field(), f.location().path())) {
        matched[i]++;
        if (first == null) {
          first = a;
        }
      }
    }
    return first;
  }

  /** {@code field} is the finding's path or one of its parents (at a . or [ boundary). */
  static boolean covers(String field, String path) {
    if (field == null) {
      return true;
    }
    if (path == null) {
      return false;
    }
    return path.equals(field) || path.startsWith(field)
        && (path.charAt(field.length()) == '.' || path.charAt(field.length()) == '[');
  }

  private static Finding accepted(Finding f, Review.Acceptance a) {
    return new Finding(Severity.ACCEPTED, f.id(), f.location(),
        f.zh() + "；出错说明（原为" + f.severity().zh + "）：" + a.reason(),
        f.en() + "; accepted " + f.severity().en + ", explained by the office");
  }
}
