// Public API of the meeting brief (简报). See docs/PRINTING.md.
export * from './types';
export { buildBriefFindings, type BriefFindingOptions } from './findings';
export { buildEndnotes, refMarks } from './endnotes';
export { briefComparisons } from './caveats';
