package com.dossier.customer;

/** A family date worth a greeting (e.g. 结婚纪念日 2012-10-01); the date as YYYY-MM-DD. */
public record GreetingDate(String label, String date) {}
