/**
 * Hands out a real PostgreSQL wherever the ledger runs: a configured server, a Testcontainers
 * container where a Docker engine answers, or one the ledger starts itself.
 */
@NullMarked
package org.scfledger.core.postgres;

import org.jspecify.annotations.NullMarked;
