/** What the auditor's tools answer, in the JSON the API and the command line share. */
@NullMarked
package org.scfledger.api.audit;

import org.jspecify.annotations.NullMarked;
