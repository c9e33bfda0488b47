package com.resellerplans.outbox;

import java.util.Map;

/**
 * The rows of one sweep that are due now: a native {@code SELECT * FROM <table> WHERE … ORDER BY …} of the entity's
 * table, without a limit or a lock ({@link DueRows} adds both), and the values of its named parameters.
 */
public record DueQuery<T>(Class<T> entity, String orderedSelect, Map<String, Object> parameters) {
    /** The statement that claims a batch: at most {@code :limit} rows, none that another claimer holds. */
    public String claimingSql() {
        return orderedSelect.strip() + "\nLIMIT :limit FOR UPDATE SKIP LOCKED";
    }
}
