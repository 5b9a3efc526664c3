/**
 * Reading the official Akoma Ntoso XML of Security Council resolutions, and checking a regime's citations against
 * it. Import from `sanctions-regime/akn`: the core never imports this entry, nor its XML parser.
 *
 * @module sanctions-regime/akn
 */

export { type CitationIssue, checkCitations } from './checkCitations.js';
export {
  type ResolutionDocument,
  type ResolutionDocumentInput,
  ResolutionDocumentSchema,
  type ResolutionParagraph,
  ResolutionParagraphSchema,
  type ResolutionVote,
  ResolutionVoteSchema,
} from './ResolutionDocumentSchema.js';
export { readResolution } from './readResolution.js';
