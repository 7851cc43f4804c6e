package org.scfledger.api.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.scfledger.core.postgres.PostgresServer;
import org.scfledger.core.postgres.PostgresServers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The server's database: the one given by {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}),
 * else a PostgreSQL the ledger starts itself with its data under {@code ledger.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    PostgresServer postgresServer(DataSourceProperties properties, @Value("${ledger.data-dir}") Path dataDir) {
        PostgresServer server = StringUtils.hasText(properties.getUrl())
                ? PostgresServers.configured(properties.getUrl(), nullToEmpty(properties.getUsername()), nullToEmpty(properties.getPassword()))
                : PostgresServers.selfStarted(dataDir.resolve("postgres"));
        log.info("Database: {}", server.description());
        return server;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(PostgresServer server) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(server.defaultDatabase()));
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setPoolName("ledger");
        return dataSource;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
