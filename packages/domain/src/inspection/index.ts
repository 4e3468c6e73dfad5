export * from './record-rules';
