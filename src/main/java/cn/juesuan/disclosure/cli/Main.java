package cn.juesuan.disclosure.cli;
public final class Main { public static void main(String[] a) {} }
