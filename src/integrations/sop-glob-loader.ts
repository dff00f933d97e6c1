/**
 * The SOP collection's loader: Astro's glob loader, except that while `npm run dev` runs, a
 * saved SOP whose frontmatter Astro cannot parse does not print Astro's English stack trace.
 * The checker (astro-sop-check.ts) reports that file in Indonesian instead, in the browser and
 * the terminal, and shows no page until it is fixed; the save that fixes it reloads the entry.
 * In an incremental build (src/node/publish/build-scope.ts) only the bodies in scope are compiled:
 * the other entries keep their data and body text but are not rendered.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { buildScope } from '../node/publish/build-scope';

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

type Store = LoaderContext['store'];

/**
 * The store, as the glob loader of an incremental build sees it: an unchanged entry whose body is
 * not in scope reads as not rendered, so the loader does not add its MDX to the modules the build
 * compiles. Nothing is written differently: the store stays the one of the full builds.
 */
function scopedStore(store: Store, bodies: Set<string>): Store {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'get') {
        return (id: string) => {
          const entry = target.get(id);
          return entry && !bodies.has(id) ? { ...entry, deferredRender: false } : entry;
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function sopGlobLoader(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'sop-glob-loader',
    load: (context) => {
      const scope = buildScope();
      return inner.load({
        ...context,
        store: scope ? scopedStore(context.store, scope.bodies) : context.store,
        watcher: context.watcher && quiet(context.watcher),
      });
    },
  };
}
