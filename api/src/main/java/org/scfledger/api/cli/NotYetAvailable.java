package org.scfledger.api.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Subcommands that are part of the tool's shape but not of this version: they say so and fail. */
abstract class NotYetAvailable implements Callable<Integer> {

    static final int NOT_AVAILABLE = 2;

    @Parameters(hidden = true)
    List<String> ignored = List.of();

    @Override
    public Integer call() {
        System.err.println("ledger " + name() + ": not yet available in this version");
        return NOT_AVAILABLE;
    }

    abstract String name();

    @Command(name = "replay", description = "Replay an export as of a checkpoint, position or instant (not yet available).")
    static final class Replay extends NotYetAvailable {
        @Override
        String name() {
            return "replay";
        }
    }
}
