// The text the extractor matches against: traditional characters folded to
// simplified (場→场, 萬→万, 餘→余, 調→调 …), full-width digits, percent sign
// and spaces folded to ASCII. Every mapping is one UTF-16 unit to one, so an
// offset in the folded text is the same offset in the original, and quotes
// are always cut from the original text, verbatim.
//
// The table covers the characters of the rules file, the units, the bound
// words and the headings reports use — not all of Chinese. When a
// traditional-character report needs another word, add its characters here
// (traditional then simplified, pairs separated by spaces; a test checks them).

const TRADITIONAL_SIMPLIFIED_PAIRS = `
場场 萬万 餘余 億亿 兩两 約约 過过 達达 實实 現现 與与 參参 會会 議议 學学 習习 專专 題题 講讲 師师
請请 顧顾 問问 個个 蓋盖 眾众 單单 讀读 頁页 冊册 條条 網网 絡络 訊讯 佈布 報报 導导 務务 辦办 滿满
結结 數数 據据 額额 標标 訴诉 訟讼 幹干 試试 檢检 進进 動动 組组 織织 開开 舉举 調调 糾纠 紛纷 傳传
發发 資资 處处 來来 訪访 計计 區区 鄉乡 鎮镇 縣县 負负 責责 職职 況况 權权 護护 說说 點点 擊击 閱阅
覽览 瀏浏 時时 間间 總总 長长 書书 記记 黨党 續续 斷断 應应 適适 難难 齊齐 戰战 環环 強强 還还 夠够
廣广 顯显 訂订 項项 錢钱 頭头 線线 號号 圖图 載载 產产 業业 識识 觀观 層层 礎础 養养 頻频 練练 訓训
員员 隊队 編编 製制 體体 豐丰 準准 確确 針针 對对 兒儿 廟庙 規规 範范 證证 為为 這这 們们 後后 經经
費费 匱匮 設设 類类 視视 樣样 態态 級级 於于 當当 積积 極极 機机 構构 關关 係系 義义 運运 營营 種种
摺折 張张 選选 幫帮 獲获 從从 內内 統统 籌筹 詢询 諮咨 團团 興兴 歲岁 補补 償偿 賠赔 勞劳 爭争 戶户
並并 協协 審审 轉转 則则 歸归 節节 貫贯 徹彻 獎奖 懲惩 緊紧 碼码 屆届 幾几 鬥斗 遷迁 僅仅 簽签 聯联
繫系 彙汇 輯辑 輔辅 測测 驗验 簡简 陳陈 舊旧 寫写 風风 險险 園园 莊庄 稱称 揚扬 違违 紀纪 輕轻 罰罚
課课 婦妇 維维 農农 揮挥 湧涌 損损 壞坏 滯滞 將将 劃划 執执 決决 創创 勢势 稅税 賬账 邊边 鄰邻 裡里
裏里 衛卫 車车 輛辆 醫医 療疗 藥药 圍围 優优 濟济 嚴严 勵励 歷历 擔担 擴扩 礙碍 競竞 戲戏 啟启 換换
`;

/** Each pair: [traditional, simplified]. Exported for the test that checks the table. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyArray<readonly [string, string]> = TRADITIONAL_SIMPLIFIED_PAIRS.trim()
  .split(/\s+/)
  .map((pair) => [pair.charAt(0), pair.charAt(1)] as const);

/** FOLD[c] is the code unit c folds to, or 0 when it stays as it is. */
function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (const [traditional, simplified] of TRADITIONAL_TO_SIMPLIFIED) {
    table[traditional.charCodeAt(0)] = simplified.charCodeAt(0);
  }
  // Full-width digits ０-９, ％, ．, and the spaces web pages and Word leave around numbers.
  for (let c = 0xff10; c <= 0xff19; c++) table[c] = c - 0xfee0;
  table[0xff05] = 0x25; // ％ → %
  table[0xff0e] = 0x2e; // ． → .
  table[0x3000] = 0x20; // ideographic space
  table[0x00a0] = 0x20; // no-break space (&nbsp; in copied web pages)
  table[0x0009] = 0x20; // tab
  return table;
}

const FOLD = buildFoldTable();

/**
 * Folds a text for matching. The result has exactly the length of the input,
 * so offsets carry over to the original.
 */
export function foldForMatching(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const to = FOLD[text.charCodeAt(i)]!;
    if (to === 0) continue;
    out += text.slice(copiedUpTo, i) + String.fromCharCode(to);
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}
