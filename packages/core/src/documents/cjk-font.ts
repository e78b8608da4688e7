import { existsSync } from 'node:fs';
import { DomainError } from '../errors/index.ts';

const FONT_CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

/** The CJK font file: $DUBAN_CJK_FONT, or Noto Sans CJK where Debian and others install it. */
export function findCjkFont(): string {
  const configured = process.env.DUBAN_CJK_FONT;
  const found = [configured, ...FONT_CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new DomainError('BAD_REQUEST', 'errors.assessment.noCjkFont', '服务器未安装中文字体,无法生成 PDF:请安装 fonts-noto-cjk 软件包(apt-get install fonts-noto-cjk),或用 DUBAN_CJK_FONT 指定字体文件', {
      package: 'fonts-noto-cjk',
    });
  }
  return found;
}

