package org.scfledger.commands.financing;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.Repository;
import org.scfledger.commands.program.Program;
import org.scfledger.core.program.ProgramId;

/**
 * Sends a line command (reserve, release, draw, record a repayment) to the program aggregate inside the caller's unit
 * of work, through the program's own command handler: its rules decide, its events are appended with the financing's
 * or not at all.
 */
final class Programs {

    private final Repository<Program> programs;

    Programs(Repository<Program> programs) {
        this.programs = programs;
    }

    void send(ProgramId programId, Object lineCommand) {
        try {
            programs.load(programId.toString()).handle(GenericCommandMessage.asCommandMessage(lineCommand));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("program " + programId + " failed to handle " + lineCommand, e);
        }
    }
}
