import { isInCallerFolder, parseFileID } from '../../cloudfunctions/bizlicenseOcr/src/file-id';
import { BUCKET_PREFIX, OPENID, OTHER_OPENID } from './handler-fixture';

const own = (path: string) => `${BUCKET_PREFIX}/${path}`;

/** File IDs that must not parse at all, whatever the caller. */
const MALFORMED: Array<[string, string]> = [
  ['http scheme', `https://prod-1a2b3c.bucket/bizlicense/${OPENID}/a.jpg`],
  ['upper-case scheme', `CLOUD://prod-1a2b3c.bucket/bizlicense/${OPENID}/a.jpg`],
  ['no path', 'cloud://prod-1a2b3c.bucket'],
  ['host without bucket', `cloud://prod-1a2b3c/bizlicense/${OPENID}/a.jpg`],
  ['host with user info', `cloud://user@prod-1a2b3c.bucket/bizlicense/${OPENID}/a.jpg`],
  ['dot-dot segment', own(`bizlicense/${OPENID}/../${OTHER_OPENID}/a.jpg`)],
  ['dot segment', own(`bizlicense/./${OPENID}/a.jpg`)],
  ['encoded dot-dot', own(`bizlicense/${OPENID}/%2e%2e/${OTHER_OPENID}/a.jpg`)],
  ['encoded upper-case dot-dot', own(`bizlicense/${OPENID}/%2E%2E/a.jpg`)],
  ['encoded slash', own(`bizlicense/${OPENID}%2F..%2F${OTHER_OPENID}/a.jpg`)],
  ['backslash', own(`bizlicense/${OPENID}\\..\\${OTHER_OPENID}/a.jpg`)],
  ['double slash', own(`bizlicense//${OPENID}/a.jpg`)],
  ['leading slash', own(`/bizlicense/${OPENID}/a.jpg`)],
  ['trailing slash', own(`bizlicense/${OPENID}/`)],
  ['query string', own(`bizlicense/${OPENID}/a.jpg?x=1`)],
  ['fragment', own(`bizlicense/${OPENID}/a.jpg#x`)],
  ['space', own(`bizlicense/${OPENID}/a b.jpg`)],
  ['full-width dot', own(`bizlicense/${OPENID}/．．/a.jpg`)],
  ['newline', own(`bizlicense/${OPENID}/a.jpg\n`)],
  ['too long', own(`bizlicense/${OPENID}/${'a'.repeat(1024)}.jpg`)],
];

describe('parseFileID', () => {
  test('splits env, bucket and path', () => {
    const parsed = parseFileID(own(`bizlicense/${OPENID}/20261205/a1.jpg`));

    expect(parsed).toEqual({
      ok: true,
      fileID: {
        envId: 'prod-1a2b3c',
        bucket: '7072-prod-1a2b3c-1300000000',
        segments: ['bizlicense', OPENID, '20261205', 'a1.jpg'],
      },
    });
  });

  test.each(MALFORMED)('rejects %s', (_label, fileID) => {
    const parsed = parseFileID(fileID);

    expect(parsed.ok).toBe(false);
  });
});

describe('isInCallerFolder', () => {
  const cases: Array<[string, string, boolean]> = [
    ['own file', `bizlicense/${OPENID}/20261205/a.jpg`, true],
    ['own file without date folder', `bizlicense/${OPENID}/a.jpg`, true],
    ['other user', `bizlicense/${OTHER_OPENID}/20261205/a.jpg`, false],
    ['OPENID as prefix of longer name', `bizlicense/${OPENID}x/a.jpg`, false],
    ['OPENID folder itself', `bizlicense/${OPENID}`, false],
    ['other top folder', `uploads/${OPENID}/a.jpg`, false],
    ['upper-case folder', `BizLicense/${OPENID}/a.jpg`, false],
    ['OPENID at top level', `${OPENID}/a.jpg`, false],
  ];

  test.each(cases)('%s', (_label, path, expected) => {
    const parsed = parseFileID(own(path));
    if (!parsed.ok) {
      throw new Error(`fixture ${path} should parse: ${parsed.reason}`);
    }

    expect(isInCallerFolder(parsed.fileID, OPENID)).toBe(expected);
  });
});
