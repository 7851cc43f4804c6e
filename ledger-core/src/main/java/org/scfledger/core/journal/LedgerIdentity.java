package org.scfledger.core.journal;

import java.sql.Connection;
import java.sql.SQLException;
import org.scfledger.crypto.AlgorithmSuite;

/** The algorithm suite is chosen once, when the ledger is created, and holds for its whole life. */
final class LedgerIdentity {

    private LedgerIdentity() {
    }

    static AlgorithmSuite establish(Connection connection, AlgorithmSuite requested) throws SQLException {
        try (var insert = connection.prepareStatement("insert into ledger_identity (id, suite) values (1, ?) on conflict (id) do nothing")) {
            insert.setString(1, requested.suiteName());
            insert.executeUpdate();
        }
        try (var select = connection.prepareStatement("select suite from ledger_identity where id = 1");
                var result = select.executeQuery()) {
            result.next();
            var established = AlgorithmSuite.named(result.getString(1));
            if (established != requested) {
                throw new IllegalStateException("this ledger was created with the " + established.suiteName()
                        + " suite and cannot switch to " + requested.suiteName());
            }
            return established;
        }
    }
}
