package org.scfledger.core.postgres;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/** PostgreSQL in a Testcontainers container, used only where a Docker engine answers. */
final class ContainerPostgres implements PostgresServer {

    private static final String IMAGE = "postgres:15-alpine";

    private final PostgreSQLContainer<?> container;

    private ContainerPostgres(PostgreSQLContainer<?> container) {
        this.container = container;
    }

    /** True when Testcontainers is on the class path and a Docker engine answers. */
    static boolean available() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory");
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // closed in close()
    static ContainerPostgres start() {
        var container = new PostgreSQLContainer<>(IMAGE)
                .withCommand("postgres", "-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "max_connections=200");
        container.start();
        return new ContainerPostgres(container);
    }

    @Override
    public String description() {
        return "PostgreSQL " + PostgresVersion.of(this) + " in a Testcontainers container (" + IMAGE + ")";
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
    }

    @Override
    public String defaultDatabase() {
        return container.getDatabaseName();
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public void close() {
        container.stop();
    }
}
