export * from './authz.ts';
