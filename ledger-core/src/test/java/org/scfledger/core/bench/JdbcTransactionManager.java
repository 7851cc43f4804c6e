package org.scfledger.core.bench;

import java.sql.Connection;
import java.sql.SQLException;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * A plain-JDBC {@link TransactionManager} for Axon 4 (which ships none outside Spring and JPA), for the stock
 * {@code JdbcEventStorageEngine}: inside a unit of work it takes the unit's connection from a
 * {@code UnitOfWorkAwareConnectionProviderWrapper}, turns auto-commit off, and commits when the outermost
 * transaction commits (the command bus's, at the unit's commit). Nested transactions (the engine's own
 * {@code executeInTransaction} around its insert) join it, as Spring's {@code REQUIRED} propagation would.
 * Outside a unit of work the engine's connections are auto-commit, so there is nothing to do.
 */
final class JdbcTransactionManager implements TransactionManager {

    private static final String STARTED = JdbcTransactionManager.class.getName() + ".started";
    private static final Transaction JOINED = new Transaction() {
        @Override
        public void commit() {
        }

        @Override
        public void rollback() {
        }
    };

    private final ConnectionProvider unitOfWorkConnections;

    JdbcTransactionManager(ConnectionProvider unitOfWorkConnections) {
        this.unitOfWorkConnections = unitOfWorkConnections;
    }

    @Override
    public Transaction startTransaction() {
        if (!CurrentUnitOfWork.isStarted()) {
            return JOINED;
        }
        var root = CurrentUnitOfWork.get().root();
        if (root.resources().putIfAbsent(STARTED, Boolean.TRUE) != null) {
            return JOINED;
        }
        try {
            Connection connection = unitOfWorkConnections.getConnection();
            connection.setAutoCommit(false);
            return new Transaction() {
                @Override
                public void commit() {
                    try {
                        connection.commit();
                    } catch (SQLException e) {
                        throw new JdbcException("commit failed", e);
                    }
                }

                @Override
                public void rollback() {
                    try {
                        connection.rollback();
                    } catch (SQLException e) {
                        throw new JdbcException("rollback failed", e);
                    }
                }
            };
        } catch (SQLException e) {
            root.resources().remove(STARTED);
            throw new JdbcException("could not start a transaction", e);
        }
    }
}
