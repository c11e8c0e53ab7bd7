// The layer rules the README's "Architecture" section draws, checked by `npm run lint:deps`.
// content → schemas → loaders/data → lib → components/islands/layouts → pages (+ scripts/).
// dependency-cruiser reads .ts/.tsx only: .astro files are seen as import targets, not parsed,
// and "no DOM globals in src/lib" is an ESLint rule (eslint.config.js), since imports can't show it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'schemas-import-nothing-of-ours',
      comment: 'Schemas are the bottom layer: zod and each other only, so lib, loaders and tests can reuse them.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^(src|scripts|content|tests)/', pathNot: '^src/schemas/' },
    },
    {
      name: 'lib-knows-no-ui',
      comment: 'src/lib is pure TypeScript: no components, islands, layouts, pages, browser scripts or data loading.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(components|islands|layouts|pages|scripts|data|loaders)/' },
    },
    {
      name: 'lib-imports-no-astro-modules',
      comment: 'astro:* modules exist only inside an Astro build; lib must run in tests, scripts and the browser.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^astro:' },
    },
    {
      name: 'islands-read-no-content',
      comment: 'An island receives validated content as props; it never reads collections or the data layer.',
      severity: 'error',
      from: { path: '^src/islands/' },
      to: { path: ['^astro:content$', '^src/data/', '^src/content\\.config\\.ts$', '^content/'] },
    },
    {
      name: 'no-circular',
      comment: 'A cycle means two modules are one layer pretending to be two.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count too: a schema importing a lib type is still a layer break.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Astro's virtual modules (astro:content, astro:env…) resolve to nothing on disk; keep them as names.
    exclude: { path: '^(node_modules|dist|\\.astro)/' },
    extraExtensionsToScan: ['.astro'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.astro'],
    },
  },
};
