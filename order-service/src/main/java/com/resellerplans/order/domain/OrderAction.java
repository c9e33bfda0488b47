package com.resellerplans.order.domain;

/** What a caller may do to an order next; frontends build their menus from this list. */
public enum OrderAction {
    SET_ALIAS,
    EXECUTE,
    DELETE
}
