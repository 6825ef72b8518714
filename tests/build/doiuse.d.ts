/** doiuse ships no type declarations; the part tests/build/browser-floor.test.ts uses. */
declare module 'doiuse' {
  import type { PluginCreator } from 'postcss';
  interface Usage {
    feature: string;
    message: string;
  }
  const doiuse: PluginCreator<{ browsers: string[]; ignore?: string[]; onFeatureUsage?: (usage: Usage) => void }>;
  export default doiuse;
}
