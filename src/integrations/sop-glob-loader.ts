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
 *   Nor is the frontmatter parsed here: the glob loader parses every file's YAML before it
 *   compares digests, about 0.5 s per 1,000 SOPs on every build, for nothing.
 * - in an incremental build (src/node/publish/build-scope.ts) only the bodies in scope are
 *   compiled; in a shard build, only the shard's SOPs (see shardStore).
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { buildScope } from '../node/publish/build-scope';
import { shardAgencyIds } from '../node/shard-env';
import { checkedSop } from '../node/publish/checked-sources';
import { fileURLToPath } from 'node:url';

type Watcher = NonNullable<LoaderContext['watcher']>;
type Store = LoaderContext['store'];

/**
 * A shard build's store (`npm run build -- --instansi`): without the MDX modules of the other
 * agencies' SOPs, whose pages the shard does not build, so that Vite does not compile them.
 * Their entries stay, for the lists and global pages that read their data. An entry stored here
 * without its module gets a digest of its own, so the next whole build reads the file again.
 */
function shardStore(store: Store, shard: ReadonlySet<string>, instansiOf: (id: string) => string | undefined): Store {
  // The store keeps no frontmatter: the agency of an SOP is the one the publisher's check read.
  const inShard = (id: string) => shard.has(String(instansiOf(id)));
  const fileInShard = new Map(store.values().flatMap((e) => (e.filePath ? [[e.filePath, inShard(e.id)] as const] : [])));
  return {
    ...store,
    set: (entry) =>
      !entry.deferredRender || inShard(entry.id)
        ? store.set(entry)
        : store.set({ ...entry, deferredRender: false, digest: `${entry.digest ?? ''}:tanpa-modul` }),
    addModuleImport: (fileName) => {
      if (fileInShard.get(fileName) !== false) store.addModuleImport(fileName);
    },
  };
}

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

/** The entry types Astro hands its glob loader (not in Astro's public types), by extension. */
type EntryTypes = Map<string, { getEntryInfo: (...args: never[]) => Promise<unknown> }>;

/**
 * The entry types with the MDX one reading no frontmatter: the glob loader uses an entry's data
 * only for its id and parseData, both of which ignore it here. Unchanged when Astro hands none.
 */
function unparsedMdx(entryTypes: EntryTypes | undefined): EntryTypes | undefined {
  const mdx = entryTypes?.get('.mdx');
  if (!entryTypes || !mdx) return entryTypes;
  return new Map(entryTypes).set('.mdx', { ...mdx, getEntryInfo: async () => ({ data: {}, body: '', slug: '', rawData: '' }) });
}

export function sopGlobLoader(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob({ ...options, retainBody: false });
  return {
    name: 'sop-glob-loader',
    load: (context) => {
      const scope = buildScope();
      const shard = shardAgencyIds();
      const root = fileURLToPath(context.config.root);
      const store = shard ? shardStore(context.store, shard, (id) => checkedSop(root, id)?.data.instansi) : context.store;
      return inner.load({
        ...context,
        store: scope ? scopedStore(store, scope.bodies) : store,
        // The frontmatter is read by the checker's reader (site catalog); the store keeps none of it.
        parseData: async () => ({}) as never,
        ...{ entryTypes: unparsedMdx((context as { entryTypes?: EntryTypes }).entryTypes) },
        watcher: context.watcher && quiet(context.watcher),
      });
    },
  };
}
