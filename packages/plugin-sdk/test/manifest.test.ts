import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ManifestError, validateManifest } from '../src/manifest.ts';
import { noticeBoardManifest } from './fixtures/notice-board.ts';

const bad = (patch: Record<string, unknown>) => () => validateManifest({ ...noticeBoardManifest, ...patch }, 'plugins/notice-board/src/manifest.ts');

describe('manifest validation', () => {
  it('accepts a good manifest', () => {
    expect(validateManifest(noticeBoardManifest, 'x').id).toBe('notice-board');
  });

  it.each([
    [{ id: 'NoticeBoard' }, /id must be kebab-case/],
    [{ version: 'one' }, /version must be semver/],
    [{ core: 'latest' }, /core must be a version range/],
    [{ name: { zh: '公告栏' } }, /name.en/],
    [{ permissions: [{ key: 'notice.read', access: 'read', zh: '看', en: 'read' }] }, /must be named "notice-board\.<resource>\.<action>"/],
    [{ permissions: [{ key: 'notice-board.notice.read', access: 'view', zh: '看', en: 'read' }] }, /access must be "read" or "write"/],
    [{ roleGrants: { mayor: [] } }, /roleGrants keys must be built-in roles/],
    [{ roleGrants: { inspector: ['notice-board.notice.delete'] } }, /undeclared permission "notice-board.notice.delete"/],
    [{ roleGrants: { 'module-admin': ['notice-board.notice.read'] } }, /roleGrants.module-admin is shared by every department/],
    [{ owners: [] }, /owners must name at least one department kind/],
    [{ owners: ['水利局'] }, /owners must be department kinds in kebab-case/],
    [{ owners: ['water-resources', 'water-resources'] }, /owners must not repeat/],
    [{ settings: { maxNotices: 10 } }, /settings must be a zod object schema/],
    [{ settings: z.object({ required: z.string() }) }, /settings must parse \{\}/],
  ])('rejects %j', (patch, message) => {
    expect(bad(patch)).toThrow(ManifestError);
    expect(bad(patch)).toThrow(message);
    expect(bad(patch)).toThrow(/plugins\/notice-board\/src\/manifest.ts/);
  });
});
