/** Which PostgreSQL the server uses, and its connection pool. */
@NullMarked
package org.scfledger.api.database;

import org.jspecify.annotations.NullMarked;
