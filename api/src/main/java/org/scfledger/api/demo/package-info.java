/**
 * {@code ledger serve --demo}: once the server is up, loads a small N+1+N program through its own REST API (as each
 * party, with keys it issues) and prints how to log in as each party. Loading again writes nothing twice.
 */
@NullMarked
package org.scfledger.api.demo;

import org.jspecify.annotations.NullMarked;
