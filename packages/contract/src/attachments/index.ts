export { contentDisposition } from './content-disposition.ts';
export { matchesDeclared, SNIFF_BYTES, type SniffedKind, sniff } from './sniff.ts';
export { type UploadedObject, type Verdict, verdict } from './verdict.ts';
