export * from './wire-schema';
export * from './from-sdk-reply';
export * from './error-codes';
export * from './error-result';
export * from './bizlicense-error';
