/**
 * The auditor's tools: what they answer, in the JSON the API and the command line share; on the server, replays and
 * diffs over its own journal's export, and export jobs.
 */
@NullMarked
package org.scfledger.api.audit;

import org.jspecify.annotations.NullMarked;
