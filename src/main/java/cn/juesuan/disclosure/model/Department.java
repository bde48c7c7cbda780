package cn.juesuan.disclosure.model;

import java.time.LocalDate;

/** The disclosing unit and the year of the accounts (决算年度). */
public record Department(String name, int year, LocalDate date) {}
