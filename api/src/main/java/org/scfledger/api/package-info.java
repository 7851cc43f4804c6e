/** The ledger application: the only Spring Boot application, its web API and its command line. */
@NullMarked
package org.scfledger.api;

import org.jspecify.annotations.NullMarked;
