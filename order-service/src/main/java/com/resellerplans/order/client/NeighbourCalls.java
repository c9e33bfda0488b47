package com.resellerplans.order.client;

import com.resellerplans.http.UnsentCalls;
import com.resellerplans.order.domain.DependencyUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a call to a neighbour: no answer, a timeout or an unreadable answer is {@code DEPENDENCY_UNAVAILABLE};
 * refusals come from the client's {@link NeighbourProblems} unchanged.
 */
@ApplicationScoped
class NeighbourCalls {
    private static final Logger LOG = Logger.getLogger(NeighbourCalls.class);

    private final TransactionManager transactionManager;

    NeighbourCalls(TransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    /**
     * The JTA transaction is suspended while the neighbour is called: the REST client would otherwise carry it
     * onto its I/O thread, and a rollback racing that thread was seen to leave the transaction's writes behind.
     * A call no instance received is sent once more (to another instance).
     */
    <T> T call(String neighbour, Supplier<T> call) {
        Transaction suspended = suspend();
        try {
            return UnsentCalls.retriedOnceIfUnsent(call);
        } catch (ProcessingException e) {
            LOG.warnf("%s did not answer: %s", neighbour, e.getMessage());
            throw new DependencyUnavailableException(neighbour);
        } catch (WebApplicationException e) {
            LOG.warnf("%s answered something unreadable: %s", neighbour, e.getMessage());
            throw new DependencyUnavailableException(neighbour);
        } finally {
            resume(suspended);
        }
    }

    private Transaction suspend() {
        try {
            return transactionManager.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException("Could not suspend the transaction around a neighbour call", e);
        }
    }

    private void resume(Transaction suspended) {
        if (suspended == null) {
            return;
        }
        try {
            transactionManager.resume(suspended);
        } catch (InvalidTransactionException | SystemException e) {
            throw new IllegalStateException("Could not resume the transaction after a neighbour call", e);
        }
    }
}
