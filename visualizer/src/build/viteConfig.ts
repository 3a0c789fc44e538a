import type { InlineConfig } from 'vite';

export interface ViteConfigOptions {
  /** The `visualizer/` folder, holding `index.html`. */
  readonly root: string;
  readonly outDir: string;
}

/**
 * The one Vite configuration, inline (no config file for Vite to discover). `base: './'` keeps
 * every asset URL relative, so the app works wherever the server mounts it; nothing is fetched from
 * outside: fonts are the system's, and cytoscape and fcose are bundled.
 */
export function viteConfig(options: ViteConfigOptions): InlineConfig {
  return {
    configFile: false,
    root: options.root,
    base: './',
    logLevel: 'warn',
    clearScreen: false,
    build: {
      outDir: options.outDir,
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      // Bundling cytoscape twice (page and layout worker) takes seconds by design; no timing warnings.
      rolldownOptions: {
        checks: { bundlerTimings: false },
        // Two pages: the explorer, and the offline GraphQL IDE the server gives browsers at GET /graphql.
        input: { explorer: `${options.root}/index.html`, graphiql: `${options.root}/graphiql.html` },
      },
      // GraphiQL (with React) is ~2 MB minified, loaded only by the IDE page.
      chunkSizeWarningLimit: 4000,
    },
    worker: { format: 'es' },
  };
}
