package com.resellerplans.events;

/** A person emails go to. */
public record Contact(String name, String email) {}
