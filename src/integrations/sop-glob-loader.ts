/**
 * The SOP collection's loader: Astro's glob loader, except that while `npm run dev` runs, a
 * saved SOP whose frontmatter Astro cannot parse does not print Astro's English stack trace.
 * The checker (astro-sop-check.ts) reports that file in Indonesian instead, in the browser and
 * the terminal, and shows no page until it is fixed; the save that fixes it reloads the entry.
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
  const inner = glob(options);
  return { name: 'sop-glob-loader', load: (context) => inner.load({ ...context, watcher: context.watcher && quiet(context.watcher) }) };
}
