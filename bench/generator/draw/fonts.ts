/**
 * Registers the CJK fonts the licenses are drawn with, from the Debian font packages, under stable
 * family names so renders do not depend on fontconfig's choice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { GlobalFonts } from '@napi-rs/canvas';
import { extractCollectionFace } from './ttc-face';

interface FontFile {
  family: string;
  path: string;
  debianPackage: string;
  /** Face of the collection to use; 2 is Simplified Chinese in the Noto CJK collections. */
  face?: number;
}

const FONT_FILES: readonly FontFile[] = [
  { family: 'LicSong', path: '/usr/share/fonts/truetype/arphic/uming.ttc', debianPackage: 'fonts-arphic-uming' },
  { family: 'LicKai', path: '/usr/share/fonts/truetype/arphic/ukai.ttc', debianPackage: 'fonts-arphic-ukai' },
  { family: 'LicHei', path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', debianPackage: 'fonts-wqy-zenhei' },
  { family: 'LicSerif', path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', debianPackage: 'fonts-noto-cjk', face: 2 },
  { family: 'LicSerifBold', path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', debianPackage: 'fonts-noto-cjk', face: 2 },
  { family: 'LicSans', path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', debianPackage: 'fonts-noto-cjk', face: 2 },
  { family: 'LicSansBold', path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', debianPackage: 'fonts-noto-cjk', face: 2 },
];

/** Font families for field values. Each sample picks one, because printers at different offices differ. */
export const VALUE_FONTS = ['LicSong', 'LicKai', 'LicHei', 'LicSerif', 'LicSans'] as const;
export type ValueFont = (typeof VALUE_FONTS)[number];

let registered = false;

/** Registers every font once per process; throws naming the apt package when a file is missing. */
export function registerLicenseFonts(): void {
  if (registered) return;
  for (const font of FONT_FILES) {
    if (!existsSync(font.path)) {
      throw new Error(`font file ${font.path} is missing: install it with \`apt-get install ${font.debianPackage}\``);
    }
    // The first face of uming.ttc and ukai.ttc is already the CN one.
    const key = font.face === undefined
      ? GlobalFonts.registerFromPath(font.path, font.family)
      : GlobalFonts.register(extractCollectionFace(readFileSync(font.path), font.face), font.family);
    if (!key) throw new Error(`font file ${font.path} failed to register. Reinstall ${font.debianPackage}`);
  }
  registered = true;
}
