export * from './recheck-result';
