package com.resellerplans.events;

/** NEW moves a BASIC reseller onto a plan; UPGRADE moves a FREE subscription to STANDARD. */
public enum OrderKind {
    NEW,
    UPGRADE
}
