/**
 * What an auditor scoped to one program, or a funder, may see of the journal: the rule that decides which records a
 * slice holds, shared by the slicer that writes it and the verifier that checks it. It knows the business (programs,
 * financings, funders); the journal and its export stay free of it.
 */
@NullMarked
package org.scfledger.core.audit;

import org.jspecify.annotations.NullMarked;
