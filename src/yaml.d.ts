// YAML files imported as modules (@rollup/plugin-yaml); their shape is checked by a zod schema where imported.
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
