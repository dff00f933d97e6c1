/**
 * The one recursive listing of a folder (src/node/list-files.ts) that the loader, the publisher,
 * the shard merge and the pictures beside SOPs all read their folders with.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeTempProject } from '../support/temp-project';
import { listFiles } from '../../../src/node/list-files';

const tree = () =>
  writeTempProject(
    {
      'b.mdx': '',
      'a/z.yaml': '',
      'a/b/c.png': '',
      'A.mdx': '',
      '.git/config': '',
      'node_modules/x/index.js': '',
      '_draf/d.mdx': '',
      '.hidden.mdx': '',
    },
    'sop-list-',
  );

describe('listFiles', () => {
  it('lists every file with "/" paths, in name order folder by folder', () => {
    expect(listFiles(tree())).toEqual([
      '.git/config',
      '.hidden.mdx',
      'A.mdx',
      '_draf/d.mdx',
      'a/b/c.png',
      'a/z.yaml',
      'b.mdx',
      'node_modules/x/index.js',
    ]);
  });

  it('does not enter a folder that is skipped, and leaves out a skipped file', () => {
    const skipFolders = (name: string, isFolder: boolean) => isFolder && (name === 'node_modules' || name.startsWith('.'));
    expect(listFiles(tree(), skipFolders)).toEqual(['.hidden.mdx', 'A.mdx', '_draf/d.mdx', 'a/b/c.png', 'a/z.yaml', 'b.mdx']);
    expect(listFiles(tree(), (name) => name.startsWith('.') || name.startsWith('_'))).toEqual(['A.mdx', 'a/b/c.png', 'a/z.yaml', 'b.mdx', 'node_modules/x/index.js']);
  });

  it('follows a link to a folder and lists a broken link as a file', () => {
    const root = tree();
    mkdirSync(join(root, 'lain'));
    symlinkSync(join(root, 'a', 'b'), join(root, 'lain', 'tautan'));
    symlinkSync(join(root, 'tidak-ada'), join(root, 'lain', 'putus'));
    expect(listFiles(join(root, 'lain'))).toEqual(['putus', 'tautan/c.png']);
  });

  it('gives nothing for a folder that does not exist', () => {
    expect(listFiles(join(tree(), 'tidak-ada'))).toEqual([]);
  });
});
