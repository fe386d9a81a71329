// The embedded store behind `npm start` and the tests: NeDB (pure JS, Mongo-like queries, append-only file per
// collection). Every write goes through NeDB's single executor queue, so a conditional update is atomic within
// this process — the same guarantee the cloud database gives per document.
// Growth: each collection is indexed on the fields its queries start with (functions/platform/indexes.ts; not on
// low-cardinality ones, see LOW_CARDINALITY), and
// its file is compacted once the lines appended since the last compaction outnumber its live documents, so the
// file stays proportional to what is stored. A torn file (a crash mid-write) is repaired on load: see torn.ts.
// Privacy: the folder is 700 and its files 600 (P77), and compact(names) rewrites a file without its removed
// documents, which NeDB otherwise keeps as old lines until the next compaction (P67: "deleted means gone").
import Datastore from '@seald-io/nedb';
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { INDEXES } from '../functions/platform/indexes';
import type { Collection, Doc, FindOptions, Query, Store } from '../functions/platform/types';
import { repairTornFile } from './torn';

/**
 * Fields not worth a NeDB index: a handful of values over many documents. NeDB keeps one array per value and
 * removes a document from it by scanning, on every update, so an index on `state` made each dispatcher update
 * O(reminders). The cloud database's B-tree indexes have no such cost (docs/database-rules.md keeps them).
 */
const LOW_CARDINALITY = new Set(['state']);

/** Days a quarantined `<file>.corrupt-<time>` is kept for an operator to look at, then deleted (P67). */
export const QUARANTINE_KEEP_DAYS = 30;

/** Appended lines that trigger a compaction: at least this many, and at least as many as live documents. */
export const COMPACT_AFTER_MIN_WRITES = 1000;

export interface NedbStoreOptions {
  log?: (line: string) => void;
}

interface Entry {
  ds: Datastore;
  writes: number;
  /** Writes that trigger the next compaction: max(COMPACT_AFTER_MIN_WRITES, live documents at the last one). */
  compactAfter: number | null;
  compacting: Promise<void> | null;
}

export class NedbStore implements Store {
  private readonly stores = new Map<string, Entry>();
  private readonly log: (line: string) => void;

  /** `dir` undefined = in memory only (tests). */
  constructor(
    private readonly dir?: string,
    options: NedbStoreOptions = {},
  ) {
    this.log = options.log ?? ((line) => console.warn(line));
    if (dir) makePrivate(dir, this.log);
  }

  private entry(name: string): Entry {
    if (!/^[a-z][a-z0-9_]*$/i.test(name)) throw new Error(`bad collection name ${name}`);
    let entry = this.stores.get(name);
    if (!entry) {
      let ds: Datastore;
      if (this.dir) {
        const filename = join(this.dir, `${name}.db`);
        repairTornFile(filename, this.log);
        // Repaired above: anything NeDB still finds corrupt is skipped, never a refusal to start; a file it still
        // cannot load is moved aside whole (quarantined) and the collection starts empty, never a crash loop.
        const loaded = new Datastore({
          filename,
          corruptAlertThreshold: 1,
          modes: { fileMode: 0o600, dirMode: 0o700 },
        });
        void loaded.loadDatabaseAsync().catch((error: unknown) => this.quarantine(loaded, filename, error));
        ds = loaded;
      } else ds = new Datastore({ inMemoryOnly: true });
      const fields = new Set((INDEXES[name] ?? []).map((list) => list[0]).filter((f) => !LOW_CARDINALITY.has(f)));
      for (const fieldName of fields) void ds.ensureIndexAsync({ fieldName });
      entry = { ds, writes: 0, compactAfter: null, compacting: null };
      this.stores.set(name, entry);
    }
    return entry;
  }

  /** The last resort when NeDB refuses a file the line check let through: move it aside, log, start empty. */
  private async quarantine(ds: Datastore, filename: string, error: unknown) {
    const aside = `${filename}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      if (existsSync(filename)) renameSync(filename, aside);
      this.log(
        `warning: ${filename} could not be loaded (${error instanceof Error ? error.message : String(error)}); moved it to ${aside} and started this collection empty`,
      );
      await ds.loadDatabaseAsync();
    } catch (again) {
      this.log(`error: ${filename} could not be loaded after moving it aside: ${String(again)}`);
    }
  }

  /**
   * Counts a write; compacts when the file holds more appended lines than live documents. O(1) per write: the
   * live documents are counted (getAllData walks them all) only when a compaction is due or has just run.
   */
  private wrote(entry: Entry, lines: number) {
    if (!this.dir || lines === 0) return;
    entry.writes += lines;
    if (entry.compacting || entry.writes < COMPACT_AFTER_MIN_WRITES) return;
    entry.compactAfter ??= Math.max(COMPACT_AFTER_MIN_WRITES, entry.ds.getAllData().length);
    if (entry.writes < entry.compactAfter) return;
    entry.writes = 0;
    entry.compactAfter = Math.max(COMPACT_AFTER_MIN_WRITES, entry.ds.getAllData().length);
    entry.compacting = entry.ds
      .compactDatafileAsync()
      .catch((error) => this.log(`nedb: compaction failed: ${error instanceof Error ? error.message : error}`))
      .finally(() => {
        entry.compacting = null;
      });
  }

  collection<T extends Doc = Doc>(name: string): Collection<T> {
    const entry = this.entry(name);
    const { ds } = entry;
    const wrote = (lines: number) => this.wrote(entry, lines);
    return {
      async insert(doc) {
        const inserted = (await ds.insertAsync(doc)) as unknown as T;
        wrote(1);
        return inserted;
      },
      async get(id) {
        return ((await ds.findOneAsync({ _id: id })) as T | null) ?? null;
      },
      async find(query: Query, options: FindOptions = {}) {
        // Unsorted, NeDB returns documents in _id order, so a resumeAfter hint can use the _id index.
        const hinted = options.resumeAfter !== undefined && !options.sort && !('_id' in query);
        let cursor = ds.findAsync(hinted ? Object.assign({}, query, { _id: { $gt: options.resumeAfter } }) : query);
        if (options.sort) cursor = cursor.sort(options.sort);
        if (options.skip) cursor = cursor.skip(options.skip);
        cursor = cursor.limit(Math.min(options.limit ?? 100, 100));
        return (await cursor) as unknown as T[];
      },
      async count(query) {
        return ds.countAsync(query);
      },
      async update(query, set) {
        const { _id: _ignored, ...fields } = set as Record<string, unknown>;
        const { numAffected } = await ds.updateAsync(query, { $set: fields }, { multi: true });
        wrote(numAffected);
        return numAffected;
      },
      async remove(query) {
        const removed = await ds.removeAsync(query, { multi: true });
        wrote(removed);
        return removed;
      },
    };
  }

  /**
   * Rewrites the named collections' files (default: all open ones) with only their live documents, so nothing
   * removed or overwritten is left in them. Resolves once the files are rewritten.
   */
  async compact(names?: string[]): Promise<void> {
    const entries = names
      ? names.map((name) => this.stores.get(name)).filter((e): e is Entry => e !== undefined)
      : [...this.stores.values()];
    if (!this.dir) return;
    await Promise.all(
      entries.map(async (entry) => {
        await entry.compacting;
        entry.writes = 0;
        await entry.ds.compactDatafileAsync();
      }),
    );
  }

  /**
   * Deletes quarantined files (torn.ts, quarantine) older than QUARANTINE_KEEP_DAYS: they hold damaged lines of
   * users' documents that deleteAll cannot match to an owner, so they must not stay for ever. Returns how many.
   */
  purgeQuarantined(now: Date): number {
    if (!this.dir) return 0;
    const cutoff = now.getTime() - QUARANTINE_KEEP_DAYS * 86_400_000;
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      if (!/\.db\.corrupt-/.test(name)) continue;
      const path = join(this.dir, name);
      try {
        if (statSync(path).mtimeMs < cutoff) {
          unlinkSync(path);
          removed += 1;
          this.log(`deleted ${path}: quarantined more than ${QUARANTINE_KEEP_DAYS} days ago`);
        }
      } catch (error) {
        this.log(`warning: could not delete ${path}: ${error instanceof Error ? error.message : error}`);
      }
    }
    return removed;
  }

  /** On a clean shutdown: waits for running compactions and leaves compact files. */
  async close(): Promise<void> {
    await this.compact();
  }
}

/** The data folder readable by its owner only, and the files already in it (NeDB creates new ones 600). */
function makePrivate(dir: string, log: (line: string) => void) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    chmodSync(dir, 0o700);
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isFile()) chmodSync(path, 0o600);
    }
  } catch (error) {
    log(`warning: could not make ${dir} private (mode 700/600): ${error instanceof Error ? error.message : error}`);
  }
}
