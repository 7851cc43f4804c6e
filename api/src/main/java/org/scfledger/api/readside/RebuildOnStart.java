package org.scfledger.api.readside;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code ledger serve --rebuild-read-models}: drops and rebuilds the read models once the server is up. */
@Component
@ConditionalOnProperty(name = "ledger.rebuild-read-models", havingValue = "true")
class RebuildOnStart implements ApplicationRunner {

    private final ReadSideStatus readSide;

    RebuildOnStart(ReadSideStatus readSide) {
        this.readSide = readSide;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread rebuild = new Thread(readSide::rebuild, "read-model-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
    }
}
