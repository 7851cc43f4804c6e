/** The write side: event-sourced aggregates of the N+1+N business and the rules they enforce. */
@NullMarked
package org.scfledger.commands;

import org.jspecify.annotations.NullMarked;
