// Types for build-main.mjs, for the TypeScript tests that bundle the main process into a temp folder.
export function buildMain(options?: { outDir?: string }): Promise<{ mainFile: string; preloadFile: string }>;
