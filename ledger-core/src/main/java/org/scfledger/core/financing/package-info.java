/** Financings (line drawdowns, receivable financings): for now only their identifier, which credit lines refer to. */
@NullMarked
package org.scfledger.core.financing;

import org.jspecify.annotations.NullMarked;
