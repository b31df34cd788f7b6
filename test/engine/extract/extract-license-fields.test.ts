import { extractLicenseFields } from '../../../src/engine/extract';
import { line, page } from './page-builder';

const SCOPE_LINES = [
  '软件开发；信息技术咨询服务；计算机系统服务；数据处理',
  '服务；电子产品销售。（依法须经批准的项目，经相关部门',
  '批准后方可开展经营活动）',
];
const SCOPE = SCOPE_LINES.join('');

/** Builds a 2019 正本: two columns, the 名 称 label not detected, 类 型 in two boxes, 住所 misread. */
function horizontalLicense() {
  return page([
    line('证照编号：32062100000201901010001', 150, 60, { height: 28 }),
    line('统一社会信用代码', 150, 150),
    line('91320621MA1MRHG205', 150, 200),
    line('营业执照', 850, 140, { height: 90 }),
    line('扫描市场主体身份码', 1800, 300, { height: 24 }),
    line('了解更多登记、备案、许可、监管信息', 1700, 330, { height: 24 }),
    line('南通启明科技有限公司', 400, 400),
    line('注册资本', 1150, 400),
    line('人民币伍佰万元整', 1400, 400),
    line('类', 150, 480),
    line('型', 280, 480),
    line('有限责任公司（自然人投资或控股）', 400, 480),
    line('成立日期', 1150, 480),
    line('2018年01月01日', 1400, 480),
    line('法定代表人', 150, 560),
    line('张三', 400, 560),
    line('营业期限', 1150, 560),
    line('2018年01月01日 至 长期', 1400, 560),
    line('经营范围', 150, 640),
    line(SCOPE_LINES[0] ?? '', 400, 640),
    line('住斯', 1150, 640),
    line('江苏省南通市海安县城东镇', 1400, 640),
    line('开发大道88号', 1400, 690),
    line(SCOPE_LINES[1] ?? '', 400, 690),
    line(SCOPE_LINES[2] ?? '', 400, 740),
    line('登记机关', 1500, 1000),
    line('海安县市场监督管理局', 1500, 920, { tiltDegrees: 35, score: 0.6 }),
    line('2019年03月12日', 1500, 1080),
    line('国家企业信用信息公示系统网址：http://www.gsxt.gov.cn', 150, 1400, { height: 26 }),
    line('市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。', 150, 1440, { height: 26 }),
  ]);
}

describe('extractLicenseFields', () => {
  test('horizontal 2019 license', () => {
    const result = extractLicenseFields(horizontalLicense());

    expect(result.looksLikeLicense).toBe(true);
    expect(result.layout).toBe('horizontal');
    expect(result.fields).toEqual({
      serial: '32062100000201901010001',
      reg_num: '91320621MA1MRHG205',
      enterprise_name: '南通启明科技有限公司',
      type_of_enterprise: '有限责任公司（自然人投资或控股）',
      legal_representative: '张三',
      business_scope: SCOPE,
      registered_capital: '人民币伍佰万元整',
      registered_date: '2018年01月01日',
      valid_period: '2018年01月01日至长期',
      address: '江苏省南通市海安县城东镇开发大道88号',
    });
  });

  test('scope stops at footer without right column', () => {
    const lines = horizontalLicense().lines;
    lines.push(line('（具体经营项目以审批结果为准）', 400, 790));
    const result = extractLicenseFields(page(lines));

    expect(result.fields.business_scope).toBe(`${SCOPE}（具体经营项目以审批结果为准）`);
    expect(result.fields.address).toBe('江苏省南通市海安县城东镇开发大道88号');
  });

  test('name and address without label boxes', () => {
    const lines = horizontalLicense().lines.filter((entry) => entry.text !== '住斯');
    const result = extractLicenseFields(page(lines));

    expect(result.fields.enterprise_name).toBe('南通启明科技有限公司');
    expect(result.fields.address).toBe('江苏省南通市海安县城东镇开发大道88号');
    expect(result.fields.business_scope).toBe(SCOPE);
  });

  test('type without label box', () => {
    const lines = horizontalLicense().lines.filter((entry) => entry.text !== '类' && entry.text !== '型');
    const result = extractLicenseFields(page(lines));

    expect(result.fields.enterprise_name).toBe('南通启明科技有限公司');
    expect(result.fields.type_of_enterprise).toBe('有限责任公司（自然人投资或控股）');
  });

  test('watermark and seal stay out of values', () => {
    const lines = horizontalLicense().lines;
    lines.push(line('本', 500, 520, { height: 280, width: 280, score: 0.96 }));
    lines.push(line('海安县市场监督', 1300, 650, { tiltDegrees: -30, score: 0.7 }));
    const result = extractLicenseFields(page(lines));

    expect(result.fields.legal_representative).toBe('张三');
    expect(result.fields.address).toBe('江苏省南通市海安县城东镇开发大道88号');
  });

  test('label box spilling into value', () => {
    const result = extractLicenseFields(
      page([
        line('营业执照', 850, 140, { height: 90 }),
        line('法定代表人品', 150, 560, { width: 240 }),
        line('吕子', 370, 560),
        line('成立日期', 1150, 560),
        line('月2008年01月03日', 1290, 560, { width: 300 }),
        line('营业期限', 1150, 640),
        line('艮长期', 1290, 640),
      ]),
    );

    expect(result.fields.legal_representative).toBe('吕子');
    expect(result.fields.registered_date).toBe('2008年01月03日');
    expect(result.fields.valid_period).toBe('长期');
  });

  test('lone label characters', () => {
    const result = extractLicenseFields(
      page([
        line('营业执照', 850, 140, { height: 90 }),
        line('HA', 150, 400, { score: 0.6 }),
        line('称临川县众成茶叶店', 230, 400),
        line('法定代表人', 150, 480),
        line('叶磊雪', 400, 480),
        line('经营范围', 150, 560),
        line('蔬菜种植。', 400, 560),
        line('住', 1150, 400),
        line('临川市平湖县长江大道605号', 1400, 400),
        line('成立日期', 1150, 480),
        line('2016年07月07日', 1400, 480),
      ]),
    );

    expect(result.fields.enterprise_name).toBe('临川县众成茶叶店');
    expect(result.fields.address).toBe('临川市平湖县长江大道605号');
  });

  test('tightly printed scope lines', () => {
    const result = extractLicenseFields(
      page([
        line('营业执照', 850, 140, { height: 90 }),
        line('法定代表人', 150, 480),
        line('叶磊雪', 400, 480),
        line('经营范围', 150, 560, { height: 44 }),
        line('机械设备租赁、电子产品销售、', 400, 560, { height: 44 }),
        line('服装服饰零售。', 400, 588, { height: 44 }),
        line('成立日期', 1150, 480),
        line('2016年07月07日', 1400, 480),
      ]),
    );

    expect(result.fields.business_scope).toBe('机械设备租赁、电子产品销售、服装服饰零售。');
  });

  test('name stops at type row', () => {
    const result = extractLicenseFields(
      page([
        line('营业执照', 850, 140, { height: 90 }),
        line('称江宁市同舟科技股份有限公司', 310, 400),
        line('型', 310, 441),
        line('股份有限公司（非上市）', 380, 436),
        line('法定代表人', 150, 500),
        line('吴晓东', 400, 500),
      ]),
    );

    expect(result.fields.enterprise_name).toBe('江宁市同舟科技股份有限公司');
    expect(result.fields.type_of_enterprise).toBe('股份有限公司（非上市）');
  });

  test('vertical copy with merged labels', () => {
    const result = extractLicenseFields(
      page(
        [
          line('统一社会信用代码 91110000600037341L（1-1）', 300, 120),
          line('营 业 执 照', 700, 220, { height: 80 }),
          line('（副本）', 850, 320),
          line('名称：北京远景贸易有限公司', 300, 420),
          line('类 型 有限责任公司（法人独资）', 300, 490),
          line('住所', 300, 560),
          line('北京市朝阳区建国路88号', 520, 560),
          line('法定代表人 李四', 300, 630),
          line('注册资本 1000万元', 300, 700),
          line('成立日期 2015年06月18日', 300, 770),
          line('营业期限 2015年06月18日至2045年06月17日', 300, 840),
          line('经营范围 销售日用品、服装；货物进出口。', 300, 910),
          line('（依法须经批准的项目，经相关部门批准后依批准的内容开展经营活动。）', 520, 960),
          line('登记机关', 1000, 1300),
          line('2016年08月01日', 1000, 1360),
        ],
        1600,
        2200,
      ),
    );

    expect(result.layout).toBe('vertical');
    expect(result.fields).toEqual({
      reg_num: '91110000600037341L',
      enterprise_name: '北京远景贸易有限公司',
      type_of_enterprise: '有限责任公司（法人独资）',
      address: '北京市朝阳区建国路88号',
      legal_representative: '李四',
      registered_capital: '1000万元',
      registered_date: '2015年06月18日',
      valid_period: '2015年06月18日至2045年06月17日',
      business_scope: '销售日用品、服装；货物进出口。（依法须经批准的项目，经相关部门批准后依批准的内容开展经营活动。）',
    });
  });

  test('old individual business license', () => {
    const result = extractLicenseFields(
      page(
        [
          line('营业执照', 600, 100, { height: 80 }),
          line('注册号 110108000000016', 200, 260),
          line('名 称 海淀区小王便利店', 200, 340),
          line('经 营 者 王小明', 200, 420),
          line('组成形式 个人经营', 200, 500),
          line('经营场所 北京市海淀区中关村大街1号', 200, 580),
          line('经营范围 零售预包装食品、日用百货。', 200, 660),
          line('发照日期 2011年05月20日', 200, 800),
        ],
        1500,
        1100,
      ),
    );

    expect(result.layout).toBe('individual-2011');
    expect(result.fields).toEqual({
      reg_num: '110108000000016',
      enterprise_name: '海淀区小王便利店',
      legal_representative: '王小明',
      type_of_organization: '个人经营',
      address: '北京市海淀区中关村大街1号',
      business_scope: '零售预包装食品、日用百货。',
      registered_date: '2011年05月20日',
    });
  });

  test.each([
    ['partnership', '执行事务合伙人', '主要经营场所', '合伙期限', '出资额'],
    ['branch', '负责人', '营业场所', '营业期限', '注册资本'],
    ['cooperative', '法定代表人', '住所', '营业期限', '成员出资总额'],
    ['sole proprietorship', '投资人', '住所', '经营期限', '出资额'],
  ])('%s labels', (_entity, person, place, term, capital) => {
    const result = extractLicenseFields(
      page([
        line('统一社会信用代码', 150, 150),
        line('91330110MA2AXY0E7F', 150, 200),
        line('营业执照', 850, 140, { height: 90 }),
        line('名', 150, 400),
        line('称', 290, 400),
        line('杭州绿野投资合伙企业（有限合伙）', 400, 400),
        line(capital, 1150, 400),
        line('叁佰万元整', 1400, 400),
        line('类', 150, 480),
        line('型', 290, 480),
        line('有限合伙企业', 400, 480),
        line('成立日期', 1150, 480),
        line('2017年9月5日', 1400, 480),
        line(person, 150, 560),
        line('赵六', 460, 560),
        line(term, 1150, 560),
        line('2017年9月5日至2037年9月4日', 1400, 560),
        line('经营范围', 150, 640),
        line('股权投资；投资管理。', 400, 640),
        line(place, 1150, 640),
        line('浙江省杭州市西湖区文三路100号', 1400, 640),
      ]),
    );

    expect(result.layout).toBe('horizontal');
    expect(result.fields).toEqual({
      reg_num: '91330110MA2AXY0E7F',
      enterprise_name: '杭州绿野投资合伙企业（有限合伙）',
      type_of_enterprise: '有限合伙企业',
      legal_representative: '赵六',
      business_scope: '股权投资；投资管理。',
      registered_capital: '叁佰万元整',
      registered_date: '2017年9月5日',
      valid_period: '2017年9月5日至2037年9月4日',
      address: '浙江省杭州市西湖区文三路100号',
    });
  });

  test('split term and paid-in capital', () => {
    const result = extractLicenseFields(
      page(
        [
          line('企业法人营业执照', 500, 100, { height: 70 }),
          line('注册号 110108000000016', 200, 240),
          line('名称 北京老字号食品有限公司', 200, 320),
          line('注册资本 伍拾万元', 200, 400),
          line('实收资本 伍拾万元', 200, 480),
          line('期限自 2001年03月01日', 200, 560),
          line('期限至 2021年02月28日', 200, 640),
          line('成立日期 2001年03月01日', 200, 720),
        ],
        1500,
        1100,
      ),
    );

    expect(result.fields).toEqual({
      reg_num: '110108000000016',
      enterprise_name: '北京老字号食品有限公司',
      registered_capital: '伍拾万元',
      paid_in_capital: '伍拾万元',
      valid_period: '2001年03月01日至2021年02月28日',
      registered_date: '2001年03月01日',
    });
  });

  test('electronic license screenshot', () => {
    const result = extractLicenseFields(
      page(
        [
          line('电子营业执照', 300, 120, { height: 50 }),
          line('统一社会信用代码', 60, 300, { height: 30 }),
          line('91320621MA1MRHG205', 360, 300, { height: 30 }),
          line('名称', 60, 360, { height: 30 }),
          line('南通启明科技有限公司', 360, 360, { height: 30 }),
          line('类型', 60, 420, { height: 30 }),
          line('有限责任公司', 360, 420, { height: 30 }),
          line('法定代表人', 60, 480, { height: 30 }),
          line('张三', 360, 480, { height: 30 }),
        ],
        1080,
        1920,
      ),
    );

    expect(result.layout).toBe('electronic');
    expect(result.fields).toEqual({
      reg_num: '91320621MA1MRHG205',
      enterprise_name: '南通启明科技有限公司',
      type_of_enterprise: '有限责任公司',
      legal_representative: '张三',
    });
  });

  test('credit code repaired by check', () => {
    const result = extractLicenseFields(
      page([
        line('营业执照', 850, 140, { height: 90 }),
        line('统一社会信用代码', 150, 150),
        line('9132O621MA1MRHG2O5', 150, 200),
      ]),
    );

    expect(result.fields.reg_num).toBe('91320621MA1MRHG205');
  });

  test('credit code from alternatives', () => {
    const result = extractLicenseFields(
      page([
        line('营业执照', 850, 140, { height: 90 }),
        line('统一社会信用代码', 150, 150),
        line('91320621MA1MRHG207', 150, 200, { alternatives: ['91320621MA1MRHG205'] }),
      ]),
    );

    expect(result.fields.reg_num).toBe('91320621MA1MRHG205');
  });

  test('failing credit code kept as read', () => {
    const result = extractLicenseFields(
      page([
        line('营业执照', 850, 140, { height: 90 }),
        line('统一社会信用代码', 150, 150),
        line('91320621MA1MRHG207', 150, 200),
      ]),
    );

    expect(result.fields.reg_num).toBe('91320621MA1MRHG207');
  });

  test('credit code split over boxes', () => {
    const result = extractLicenseFields(
      page([
        line('营业执照', 850, 300, { height: 90 }),
        line('统一社会信用代码', 150, 150),
        line('91320621MA1', 500, 150),
        line('MRHG205(1-1)', 760, 150),
      ]),
    );

    expect(result.fields.reg_num).toBe('91320621MA1MRHG205');
  });

  test('short name keeps type row out', () => {
    const lines = horizontalLicense().lines.filter((entry) => entry.text !== '类' && entry.text !== '型');
    const nameRow = lines.findIndex((entry) => entry.text === '南通启明科技有限公司');
    const typeRow = lines.findIndex((entry) => entry.text === '有限责任公司（自然人投资或控股）');
    lines[typeRow] = line('有限责任公司（自然人投资或控股）', 400, 445);
    const result = extractLicenseFields(page(lines));

    expect(nameRow).toBeGreaterThanOrEqual(0);
    expect(result.fields.enterprise_name).toBe('南通启明科技有限公司');
    expect(result.fields.type_of_enterprise).toBe('有限责任公司（自然人投资或控股）');
  });

  test('labels spaced with ideographic spaces', () => {
    const result = extractLicenseFields(
      page([
        line('营业执照', 850, 140, { height: 90 }),
        line('名　　称：南通启明科技有限公司', 150, 400),
        line('住　　所：江苏省南通市海安县城东镇', 150, 480),
        line('法定代表人：张三', 150, 560),
      ]),
    );

    expect(result.fields.enterprise_name).toBe('南通启明科技有限公司');
    expect(result.fields.address).toBe('江苏省南通市海安县城东镇');
    expect(result.fields.legal_representative).toBe('张三');
  });

  test('shaped value from alternatives', () => {
    const result = extractLicenseFields(
      page([
        line('营业执照', 850, 140, { height: 90 }),
        line('注册资本', 1150, 400),
        line('叁万图整', 1400, 400, { alternatives: ['参万图整', '叁万圆整'] }),
        line('成立日期2000年12月19日', 1150, 480),
        line('法定代表人', 150, 400),
        line('图整', 400, 400, { alternatives: ['圆整'] }),
      ]),
    );

    expect(result.fields.registered_capital).toBe('叁万圆整');
    expect(result.fields.registered_date).toBe('2000年12月19日');
    expect(result.fields.legal_representative).toBe('图整');
  });

  test('page without license text', () => {
    const result = extractLicenseFields(
      page([line('发票', 100, 100), line('购买方名称：某某公司', 100, 200), line('金额 100.00', 100, 300)]),
    );

    expect(result.looksLikeLicense).toBe(false);
    expect(result.layout).toBe('unknown');
  });

  test('labels without title', () => {
    const result = extractLicenseFields(
      page([line('名称 某某有限公司', 100, 100), line('法定代表人 王五', 100, 180), line('注册资本 100万元', 100, 260)]),
    );

    expect(result.looksLikeLicense).toBe(true);
  });
});
