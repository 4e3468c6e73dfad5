export * from './indicators';
export * from './scoring';
