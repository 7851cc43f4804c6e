package org.scfledger.api;

import org.springframework.test.context.DynamicPropertyRegistry;

/** For server tests outside this package: a fresh database and data folder of their own. */
public final class TestServers {

    private TestServers() {
    }

    public static void database(DynamicPropertyRegistry registry) {
        TestServerDatabase.register(registry);
    }
}
