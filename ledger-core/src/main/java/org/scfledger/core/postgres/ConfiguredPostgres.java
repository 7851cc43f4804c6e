package org.scfledger.core.postgres;

import java.net.URI;

/** A server the operator configured by JDBC URL; the ledger never starts or stops it. */
record ConfiguredPostgres(String url, String username, String password) implements PostgresServer {

    @Override
    public String description() {
        return "configured PostgreSQL at " + withoutCredentials(url);
    }

    @Override
    public String jdbcUrl(String database) {
        if (database.equals(defaultDatabase())) {
            return url;
        }
        var uri = URI.create(url.substring("jdbc:".length()));
        return "jdbc:postgresql://" + uri.getRawAuthority() + "/" + database
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Override
    public String defaultDatabase() {
        var path = URI.create(url.substring("jdbc:".length())).getPath();
        return path == null || path.length() <= 1 ? "postgres" : path.substring(1);
    }

    @Override
    public void close() {
        // Not ours to stop.
    }

    private static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
