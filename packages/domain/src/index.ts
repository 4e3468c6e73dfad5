export * from './canonical-json';
export * from './audit-chain';
export * from './roles';
export * from './bureau-tree';
export * from './errors';
export * from './password-policy';
