export * from './masking-rules';
export * from './mask-values';
export * from './mask-document';
export * from './party';
export * from './inspection-result';
export * from './penalty-result';
export * from './clock';
