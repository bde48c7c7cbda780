package cn.juesuan.disclosure.check;

import java.math.BigDecimal;

/** A figure with its sign in a sum (closing = opening + income − expenditure). */
record Term(boolean negative, Figure figure) {

  BigDecimal signedValue() {
    BigDecimal v = figure.orZero();
    return negative ? v.negate() : v;
  }
}
