/**
 * The door to core (ARCHITECTURE.md: "`src/core/index.ts` is the door to core"). Pure TypeScript:
 * no Office, no DOM, no clock, no randomness; "today", ids and settings are parameters.
 */
export * from './types';
export * from './issueCodes';
export * from './fixes';
export * from './issueOrder';
export * from './severityCounts';
export * from './rowSignatures';
export * from './calendar';
export * from './insz';
export * from './birthDate';
export * from './postcode';
export * from './textChecks';
export * from './cellDisplayText';
export * from './encoding';
export * from './duplicates';
export * from './validateRegistrations';
export * from './csv';
export * from './splitIntoFiles';
export * from './fileName';
export * from './sha256';
export * from './planExport';
export * from './lists';
export * from './settings';
export * from './batchMetadata';
export * from './headerMapping';
export * from './batchId';
export * from './grouping';
export * from './nearDuplicates';
export * from './planRegisterExport';
export * from './registerOtherBatches';
export * from './registerCommon';
export * from './registerHeader';
export * from './messages';
export * from './base64Url';
export * from './keyCode';
export * from './exportEnvelope';
export * from './exportZip';
export * from './exportPageTexts';
export * from './uploadState';
