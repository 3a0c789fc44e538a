import louvainModule from 'graphology-communities-louvain';

/**
 * graphology-communities-louvain (Blondel et al. 2008, "Fast unfolding of communities in large
 * networks", J. Stat. Mech. P10008). The package is CommonJS (`module.exports = louvain`) but its
 * types declare `export default`, so under NodeNext the default import is typed as the module
 * namespace while at run time it is the function itself; this file is the one place that bridges
 * the two, whichever way a bundler or test runner resolves it.
 */
type Louvain = typeof louvainModule.default;

export const louvain: Louvain =
  (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);
