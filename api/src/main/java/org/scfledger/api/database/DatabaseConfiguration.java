package org.scfledger.api.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.scfledger.api.LedgerProperties;
import org.scfledger.core.postgres.PostgresServer;
import org.scfledger.core.postgres.PostgresServers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * The server's database: the one given by {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}),
 * else a PostgreSQL the ledger starts itself with its data under {@code ledger.data-dir}.
 *
 * <p>Two logins: the schema's owner runs the migrations; the application itself runs as a restricted role
 * that may append to the journal but cannot alter it or switch off its guards. On the self-started database
 * that role is {@code ledger.app-role}; on a configured one it is {@code spring.datasource.username}, with the
 * owner given as {@code spring.flyway.user} (if none is, the application is the owner, which is weaker).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    PostgresServer postgresServer(DataSourceProperties properties, LedgerProperties ledger) {
        PostgresServer server = isConfigured(properties)
                ? PostgresServers.configured(properties.getUrl(), nullToEmpty(properties.getUsername()), nullToEmpty(properties.getPassword()))
                : PostgresServers.selfStarted(ledger.dataDir().resolve("postgres"));
        log.info("Database: {}", server.description());
        return server;
    }

    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(PostgresServer server, DataSourceProperties properties, FlywayProperties flyway) {
        String user = server.username();
        String password = server.password();
        if (isConfigured(properties) && StringUtils.hasText(flyway.getUser())) {
            user = flyway.getUser();
            password = nullToEmpty(flyway.getPassword());
        } else if (isConfigured(properties)) {
            log.warn("No spring.flyway.user given: the application connects as the schema's owner, which could switch off the journal's guards");
        }
        return new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl(server.defaultDatabase()), user, password);
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(PostgresServer server, DataSourceProperties properties, LedgerProperties ledger) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(server.defaultDatabase()));
        if (isConfigured(properties)) {
            dataSource.setUsername(server.username());
            dataSource.setPassword(server.password());
        } else {
            dataSource.setUsername(ledger.appRole()); // trusted locally, no password on the self-started database
        }
        dataSource.setPoolName("ledger");
        return dataSource;
    }

    private static boolean isConfigured(DataSourceProperties properties) {
        return StringUtils.hasText(properties.getUrl());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
