import { extractLicenseFields } from '../../../src/engine/extract';
import type { TextLine } from '../../../src/engine/types';
import { line, page } from './page-builder';

/** Builds a body line of the photographed copy, 26 px high as PP-OCR detected it. */
function body(text: string, x: number, y: number, width: number): TextLine {
  return line(text, x, y, { height: 26, width });
}

/**
 * Builds the partnership 副本 of examples/license-horizontal-copy-photo.jpg as the engine read it,
 * boxes straightened. The term wraps its last two characters (5日) onto a line of their own, printed as
 * tightly as the next field, whose label 主要经营场所 starts one line below.
 */
function partnershipCopy(termTail: TextLine[] = [body('5日', 1045, 631, 34)]): TextLine[] {
  return [
    body('统一社会信用代码', 361, 374, 146),
    body('91370202MABBYR2927', 361, 399, 240),
    body('证照编号：37020200202486208174', 363, 424, 230),
    line('营业执照', 672, 422, { height: 60, width: 351 }),
    body('名称', 363, 534, 91),
    body('长青松川（海门）能源科技合伙企业', 527, 534, 323),
    body('出资额', 909, 538, 87),
    body('3000万元', 1043, 537, 89),
    body('（有限合伙）', 538, 560, 103),
    body('成立日期', 910, 571, 86),
    body('2007年5月26日', 1045, 570, 137),
    body('普通合伙企业', 527, 594, 126),
    body('类型', 362, 592, 91),
    body('合伙期限', 913, 605, 82),
    body('2007年5月26日至2057年5月2', 1046, 605, 259),
    body('执行事务合伙人彭芳', 363, 628, 208),
    ...termTail,
    body('电子产品销售、货物进出口、机械设', 527, 661, 327),
    body('主要经营场所', 914, 663, 125),
    body('经营范围', 363, 663, 88),
    body('海门市泓远县长江巷781号5号', 1045, 663, 257),
    body('备租赁、停车场服务、教育咨询服务', 529, 687, 325),
    body('楼201室', 1048, 686, 74),
    body('登记机关', 971, 899, 83),
    body('2024年05月26日', 1111, 925, 145),
    body('国家企业信用信息公示系统网址：http://www.gsxt.gov.cn', 699, 958, 306),
  ];
}

/** Builds a two-column 2019 license whose right column has the given rows: a label, then value lines. */
function rightColumn(rows: Array<[label: string, ...values: string[]]>): TextLine[] {
  const lines: TextLine[] = [
    line('营业执照', 850, 140, { height: 90 }),
    line('统一社会信用代码', 150, 250),
    line('91320621MA1MRHG205', 150, 300),
    line('名称', 150, 400),
    line('南通启明科技有限公司', 400, 400),
    line('法定代表人', 150, 480),
    line('张三', 400, 480),
  ];
  let y = 400;
  for (const [label, ...values] of rows) {
    lines.push(line(label, 1150, y));
    for (const value of values) {
      lines.push(line(value, 1400, y));
      y += 52;
    }
    if (values.length === 0) y += 52;
  }
  lines.push(line('登记机关', 1500, 1000));
  return lines;
}

describe('wrapped tails of dates, terms and capitals', () => {
  test('term tail above the next label joins the term', () => {
    const { fields } = extractLicenseFields(page(partnershipCopy(), 1695, 1330));

    expect(fields.valid_period).toBe('2007年5月26日至2057年5月25日');
    expect(fields.address).toBe('海门市泓远县长江巷781号5号楼201室');
    expect(fields.registered_date).toBe('2007年5月26日');
    expect(fields.registered_capital).toBe('3000万元');
    expect(fields.enterprise_name).toBe('长青松川（海门）能源科技合伙企业（有限合伙）');
    expect(fields.legal_representative).toBe('彭芳');
  });

  test('term without its tail stays as read', () => {
    const { fields } = extractLicenseFields(page(partnershipCopy([]), 1695, 1330));

    expect(fields.valid_period).toBe('2007年5月26日至2057年5月2');
    expect(fields.address).toBe('海门市泓远县长江巷781号5号楼201室');
  });

  test('tail that breaks the term shape stays out', () => {
    const { fields } = extractLicenseFields(page(partnershipCopy([body('5号', 1045, 631, 34)]), 1695, 1330));

    expect(fields.valid_period).toBe('2007年5月26日至2057年5月2');
  });

  test('term wrapped after 至 takes the open end', () => {
    const { fields } = extractLicenseFields(
      page(rightColumn([['营业期限', '2018年01月01日至', '长期'], ['住所', '江苏省南通市海安县城东镇']])),
    );

    expect(fields.valid_period).toBe('2018年01月01日至长期');
    expect(fields.address).toBe('江苏省南通市海安县城东镇');
  });

  test('date wrapped before the day', () => {
    const { fields } = extractLicenseFields(
      page(rightColumn([['成立日期', '2018年01月', '01日'], ['营业期限', '2018年01月01日至长期']])),
    );

    expect(fields.registered_date).toBe('2018年01月01日');
    expect(fields.valid_period).toBe('2018年01月01日至长期');
  });

  test('capital wrapped before its unit', () => {
    const { fields } = extractLicenseFields(
      page(rightColumn([['注册资本', '人民币壹仟伍佰', '万元整'], ['成立日期', '2018年01月01日']])),
    );

    expect(fields.registered_capital).toBe('人民币壹仟伍佰万元整');
    expect(fields.registered_date).toBe('2018年01月01日');
  });

  test('tail under a value read with its label', () => {
    const lines = rightColumn([]);
    lines.push(line('营业期限 2018年01月01日至2038年01月', 1150, 400), line('01日', 1330, 452), line('住所', 1150, 504));
    lines.push(line('江苏省南通市海安县城东镇', 1400, 504));

    const { fields } = extractLicenseFields(page(lines));

    expect(fields.valid_period).toBe('2018年01月01日至2038年01月01日');
    expect(fields.address).toBe('江苏省南通市海安县城东镇');
  });

  test('finished term leaves the date below it alone', () => {
    const { fields } = extractLicenseFields(
      page(rightColumn([['营业期限', '2018年01月01日至2038年01月01日', '2019年03月12日']])),
    );

    expect(fields.valid_period).toBe('2018年01月01日至2038年01月01日');
  });

  test('start date alone takes no other date as its end', () => {
    const { fields } = extractLicenseFields(page(rightColumn([['营业期限', '2018年01月01日', '2019年03月12日']])));

    expect(fields.valid_period).toBe('2018年01月01日');
  });

  test('capital without unit takes no address line', () => {
    const { fields } = extractLicenseFields(page(rightColumn([['出资额', '3000万', '江苏省南通市海安县城东镇']])));

    expect(fields.registered_capital).toBe('3000万');
  });
});
