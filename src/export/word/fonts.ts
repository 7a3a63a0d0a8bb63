// Font names of the Word export, chosen for the machines county offices use
// (Windows with Word or WPS) and for a sensible fallback elsewhere. See README.md.
//
// Each text role names one East Asian font (w:rFonts w:eastAsia) and one for
// Latin letters and digits (Times New Roman, as government documents do). A
// run can name only one font per script, so the fallbacks go into the font
// table (word/fontTable.xml): w:altName lists other names of the face, and
// charset 86 (GB2312) with the PANOSE class tells Word and WPS which kind of
// face to substitute when none is installed.


export interface FontFace {
  /** The name written into w:rFonts. */
  name: string;
  /** Other names the same (or an equivalent) face is installed under, best first. */
  altNames: string[];
  /** PANOSE-1 classification, 20 hex digits. */
  panose: string;
  /** w:charset: 86 = GB2312 (Chinese), 00 = ANSI. */
  charset: '86' | '00';
  family: 'roman' | 'swiss' | 'modern' | 'script' | 'decorative' | 'auto';
  pitch: 'fixed' | 'variable' | 'default';
}

/** 仿宋 for body text: installed with every Chinese Windows since Vista (FangSong) and with WPS. */
export const FANGSONG: FontFace = {
  name: '仿宋',
  altNames: ['FangSong', '仿宋_GB2312', 'FangSong_GB2312'],
  panose: '02010609060101010101',
  charset: '86',
  family: 'modern',
  pitch: 'fixed',
};

/**
 * 方正小标宋简体 for the title (GB/T 9704: 小标宋体). Government machines
 * have it; elsewhere the alternates are tried and the Song-style PANOSE steers
 * a substitution towards a heavy Song face (华文中宋 comes with Office and WPS),
 * then 黑体.
 */
export const XIAOBIAOSONG: FontFace = {
  name: '方正小标宋简体',
  altNames: ['方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', '黑体', 'SimHei'],
  panose: '02010600030101010101',
  charset: '86',
  family: 'auto',
  pitch: 'variable',
};

/** 黑体 for first-level headings (一、…), as GB/T 9704 has it. */
export const HEITI: FontFace = {
  name: '黑体',
  altNames: ['SimHei'],
  panose: '02010609060101010101',
  charset: '86',
  family: 'modern',
  pitch: 'fixed',
};

/** 楷体 for second-level headings (（一）…). */
export const KAITI: FontFace = {
  name: '楷体',
  altNames: ['KaiTi', '楷体_GB2312', 'KaiTi_GB2312'],
  panose: '02010609060101010101',
  charset: '86',
  family: 'modern',
  pitch: 'fixed',
};

/** 宋体 for page numbers (GB/T 9704: 4号半角宋体阿拉伯数字). */
export const SONGTI: FontFace = {
  name: '宋体',
  altNames: ['SimSun'],
  panose: '02010600030101010101',
  charset: '86',
  family: 'auto',
  pitch: 'variable',
};

/** Latin letters and digits in every role. */
export const LATIN: FontFace = {
  name: 'Times New Roman',
  altNames: [],
  panose: '02020603050405020304',
  charset: '00',
  family: 'roman',
  pitch: 'variable',
};

export const ALL_FACES: readonly FontFace[] = [FANGSONG, XIAOBIAOSONG, HEITI, KAITI, SONGTI, LATIN];

/** w:rFonts for a run: the East Asian face for Chinese, Times New Roman for the rest. */
export function runFonts(face: FontFace): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: LATIN.name, hAnsi: LATIN.name, eastAsia: face.name, cs: LATIN.name };
}

/** word/fontTable.xml declaring every face with its alternates and classification. */
export function fontTableXml(faces: readonly FontFace[] = ALL_FACES): string {
  const fonts = faces.map((face) =>
    [
      `<w:font w:name="${escapeXml(face.name)}">`,
      face.altNames.length > 0 ? `<w:altName w:val="${escapeXml(face.altNames.join(','))}"/>` : '',
      `<w:panose1 w:val="${face.panose}"/>`,
      `<w:charset w:val="${face.charset}"/>`,
      `<w:family w:val="${face.family}"/>`,
      `<w:pitch w:val="${face.pitch}"/>`,
      '</w:font>',
    ].join(''),
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    fonts.join('') +
    '</w:fonts>'
  );
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
