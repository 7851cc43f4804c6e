package org.scfledger.projections.live;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.jspecify.annotations.Nullable;

/**
 * Plain JDBC transactions for the read-model processor: a batch's read-model rows and the processor's token are
 * written on one connection and committed together, so a crash never leaves one without the other. Outside a
 * transaction, connections are the pool's, in autocommit.
 */
public final class JdbcTransactions implements TransactionManager, ConnectionProvider {

    private final DataSource dataSource;
    private final ThreadLocal<@Nullable Connection> bound = new ThreadLocal<>();

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        if (bound.get() != null) {
            return new Transaction() { // joins the transaction already running on this thread
                @Override
                public void commit() {
                }

                @Override
                public void rollback() {
                }
            };
        }
        Connection connection = open();
        bound.set(connection);
        return new Transaction() {
            @Override
            public void commit() {
                finish(connection, true);
            }

            @Override
            public void rollback() {
                finish(connection, false);
            }
        };
    }

    /** The current transaction's connection (its close does nothing), or a fresh autocommit one. */
    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = bound.get();
        if (connection == null) {
            return dataSource.getConnection();
        }
        return ConnectionWrapperFactory.wrap(connection, new ConnectionWrapperFactory.NoOpCloseHandler());
    }

    /** The connection of the transaction running on this thread. */
    Connection current() {
        Connection connection = bound.get();
        if (connection == null) {
            throw new IllegalStateException("No read-model transaction on this thread");
        }
        return connection;
    }

    private Connection open() {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new ReadModelAccessException("could not open a read-model transaction", e);
        }
    }

    private void finish(Connection connection, boolean commit) {
        bound.remove();
        try (connection) {
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new ReadModelAccessException("could not " + (commit ? "commit" : "roll back") + " read models", e);
        }
    }
}
