package cn.juesuan.disclosure.load;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a date can be that of the disclosure of a year's final accounts. 决算 of year Y are
 * published once Y has ended, normally within Y+1: a date before Y begins (or more than ten
 * years after it) cannot be one (error); a date within Y itself or more than two years after
 * it is most likely a typing slip (warning). Used for {@code department.date} and {@code --date}.
 */
public final class DisclosureDate {
  private DisclosureDate() {}

  /** What is wrong with a date, in Chinese and English, and whether it is impossible. */
  public record Problem(boolean impossible, String zh, String en) {}

  public static Optional<Problem> check(LocalDate date, int year) {
    if (date.getYear() < year || date.getYear() > year + 10) {
      return Optional.of(new Problem(true,
          "日期 " + date + " 不可能是 " + year + " 年度决算的公开日期（应在 " + (year + 1) + " 年前后）",
          "the date " + date + " cannot be that of the " + year + " final accounts (expected around " + (year + 1) + ")"));
    }
    if (date.getYear() == year || date.getYear() > year + 2) {
      return Optional.of(new Problem(false,
          "日期 " + date + " 不在通常范围内：" + year + " 年度决算一般在 " + (year + 1) + "-01-01 至 " + (year + 2)
              + "-12-31 之间公开",
          "the date " + date + " is unusual: the " + year + " final accounts are normally published between "
              + (year + 1) + "-01-01 and " + (year + 2) + "-12-31"));
    }
    return Optional.empty();
  }
}
