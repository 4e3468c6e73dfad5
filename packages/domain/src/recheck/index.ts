export * from './recheck-result';
export * from './recheck-exam-digest';
