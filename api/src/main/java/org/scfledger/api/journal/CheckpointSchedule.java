package org.scfledger.api.journal;

import org.scfledger.core.journal.Checkpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Signs the journal every {@code ledger.checkpoint-interval} if it grew, so that no fact stays unanchored for long. */
@Component
class CheckpointSchedule {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final Checkpoints checkpoints;

    CheckpointSchedule(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(initialDelayString = "${ledger.checkpoint-interval:PT1M}", fixedDelayString = "${ledger.checkpoint-interval:PT1M}")
    void checkpointIfGrown() {
        checkpoints.takeIfGrown().ifPresent(checkpoint ->
                log.info("Checkpoint {} signed: {} records, root {}", checkpoint.number(), checkpoint.treeSize(),
                        org.scfledger.crypto.Hex.encode(checkpoint.rootHash())));
    }
}
