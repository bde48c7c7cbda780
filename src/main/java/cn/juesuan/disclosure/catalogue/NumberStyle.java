package cn.juesuan.disclosure.catalogue;

/**
 * How a format prints amounts in its tables.
 *
 * @param thousands  group digits ("2,946.25") instead of "2946.25"
 * @param zeroBlank  a 0.00 the YAML writes prints as an empty cell (some formats blank zeros);
 *                   an amount the YAML leaves out prints as an empty cell either way
 */
public record NumberStyle(boolean thousands, boolean zeroBlank) {
  public static final NumberStyle PLAIN = new NumberStyle(false, false);
}
