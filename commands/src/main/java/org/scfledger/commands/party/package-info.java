/** The party aggregate: registration of the parties of N+1+N finance and their roles. */
@NullMarked
package org.scfledger.commands.party;

import org.jspecify.annotations.NullMarked;
