package org.scfledger.api.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * {@code ledger serve --demo} ({@code ledger.demo=true}): once the server is up, loads the demo and prints how to log
 * in. A demo that cannot be loaded is logged; the server goes on serving.
 */
@Component
@ConditionalOnProperty(name = "ledger.demo", havingValue = "true")
class DemoOnStart implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoOnStart.class);

    private final DemoLoader loader;

    DemoOnStart(DemoLoader loader) {
        this.loader = loader;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            log.warn("No web server: the demo is loaded through the API and needs one");
            return;
        }
        int port = web.getWebServer().getPort();
        log.info("Loading the demo program through the API on port {}", port);
        try {
            DemoLogins loaded = loader.load(port);
            System.out.print(loaded.describe("http://localhost:" + port));
            System.out.flush();
        } catch (RuntimeException failure) {
            log.error("The demo could not be loaded (it is meant for a fresh data folder): {}", failure.getMessage(), failure);
        }
    }
}
