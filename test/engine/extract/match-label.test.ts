import { matchLabel } from '../../../src/engine/extract/match-label';

describe('matchLabel', () => {
  test.each([
    ['名称', '名称', 2, 0],
    ['名称：南通启明科技有限公司', '名称', 2, 0],
    ['成立日朝2018年01月01日', '成立日期', 4, 1],
    ['执行事务合伙人张三', '执行事务合伙人', 7, 0],
    ['主要经营场所杭州市', '主要经营场所', 6, 0],
    ['成员出资总额100万元', '成员出资总额', 6, 0],
    ['出资额100万元', '出资额', 3, 0],
    ['住斯', '住所', 2, 1],
  ])('%s', (text, label, consumed, distance) => {
    const match = matchLabel(text);
    expect(match?.spec.text).toBe(label);
    expect(match?.consumed).toBe(consumed);
    expect(match?.distance).toBe(distance);
  });

  test('short fuzzy label needs alignment', () => {
    expect(matchLabel('住斯')?.needsAlignment).toBe(true);
    expect(matchLabel('名称')?.needsAlignment).toBe(false);
  });

  test.each(['南通启明科技有限公司', '2018年01月01日', '张三丰', '住'])('no label in %s', (text) => {
    expect(matchLabel(text)).toBeNull();
  });
});
