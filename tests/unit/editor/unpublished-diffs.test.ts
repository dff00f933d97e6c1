import { describe, expect, it } from 'vitest';
import { ownDiffs } from '../../../src/node/editor/server';

describe('ownDiffs (an entry under review lists only its own files)', () => {
  it('drops the files that changed on the base branch since the entry branch left it', () => {
    const answer = {
      collection: 'sop-tanjungpinang',
      slug: 'penanganan-eks-narapidana',
      diffs: [
        { path: 'sops/tanjungpinang/pelayanan-baru.mdx', oldPath: 'sops/tanjungpinang/pelayanan-baru.mdx', newPath: '' },
        { path: 'sops/tanjungpinang/penanganan-eks-narapidana.mdx', oldPath: 'sops/tanjungpinang/penanganan-eks-narapidana.mdx' },
      ],
    };
    expect(ownDiffs(answer, new Set(['sops/tanjungpinang/penanganan-eks-narapidana.mdx']))).toEqual({
      collection: 'sop-tanjungpinang',
      slug: 'penanganan-eks-narapidana',
      diffs: [{ path: 'sops/tanjungpinang/penanganan-eks-narapidana.mdx', oldPath: 'sops/tanjungpinang/penanganan-eks-narapidana.mdx' }],
    });
  });

  it('leaves an answer without a list of files alone', () => {
    expect(ownDiffs({ message: 'Not Found' } as never, new Set())).toEqual({ message: 'Not Found' });
  });
});
