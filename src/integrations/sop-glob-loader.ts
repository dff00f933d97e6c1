/**
 * The SOP collection's loader: Astro's glob loader, except that
 * - while `npm run dev` runs, a saved SOP whose frontmatter Astro cannot parse does not print
 *   Astro's English stack trace. The checker (astro-sop-check.ts) reports that file in Indonesian
 *   instead, in the browser and the terminal, and shows no page until it is fixed; the save that
 *   fixes it reloads the entry;
 * - an entry keeps only what finds and renders the file (id, path, digest), neither the
 *   frontmatter nor the body: the site catalog reads both with the checker's reader
 *   (src/site/catalog.ts). Astro bundles the whole collection store into the build as one
 *   JavaScript module; with every SOP's frontmatter in it, that module's syntax tree alone took
 *   about 200 KB of memory per SOP during the build (docs/benchmarks.md, "Memory at scale").
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';

type Watcher = NonNullable<LoaderContext['watcher']>;

/** The watcher, with every listener's failure left to the checker. */
function quiet(watcher: Watcher): Watcher {
  const proxy: Watcher = new Proxy(watcher, {
    get(target, prop) {
      if (prop === 'on') {
        return (event: 'change', listener: (...args: unknown[]) => unknown) => {
          target.on(event, (...args: unknown[]) => {
            try {
              const result = listener(...args);
              if (result instanceof Promise) result.catch(() => undefined);
            } catch {
              // Reported by the checker.
            }
          });
          return proxy;
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return proxy;
}

export function sopGlobLoader(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob({ ...options, retainBody: false });
  return {
    name: 'sop-glob-loader',
    load: (context) =>
      inner.load({
        ...context,
        // The frontmatter is read by the checker's reader (site catalog); the store keeps none of it.
        parseData: async () => ({}) as never,
        watcher: context.watcher && quiet(context.watcher),
      }),
  };
}
