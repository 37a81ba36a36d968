// tsc follows @serverless-todo/local (consumed as TypeScript source) into a file that imports
// dynalite, which ships no types; local's own declaration is not reachable through that
// import. These tests never touch dynalite, so the shorthand (any-typed) module is enough.
declare module 'dynalite';
