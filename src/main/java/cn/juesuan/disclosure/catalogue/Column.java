package cn.juesuan.disclosure.catalogue;

/**
 * An amount column (or a group of them) of a form: the key the department YAML uses, the name
 * checks cite it by, and its English gloss.
 */
public record Column(String key, String name, String en) {}
