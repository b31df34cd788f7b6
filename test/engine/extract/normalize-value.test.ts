import { joinWrappedLines, normalizeValue } from '../../../src/engine/extract/normalize-value';
import { correctScopeBoilerplate } from '../../../src/engine/extract/scope-boilerplate';

describe('normalizeValue', () => {
  test.each([
    ['：南通启明科技有限公司', '南通启明科技有限公司'],
    ['•青州县丰禾小吃店', '青州县丰禾小吃店'],
    ['· 艾力·买买提', '艾力·买买提'],
    ['2018年01月01日 至 长期', '2018年01月01日至长期'],
    ['人民币 1000.0000 万元整', '人民币1000.0000万元整'],
    ['有限责任公司(自然人投资或控股)', '有限责任公司（自然人投资或控股）'],
    ['技术服务丶技术开发', '技术服务、技术开发'],
    ['软件开发;信息技术咨询服务', '软件开发；信息技术咨询服务'],
    ['Room 8 , Tower A', 'Room 8 , Tower A'],
    ['SUPER  MART 超市', 'SUPER MART超市'],
    ['91320621MA1MRHG205(1-1)', '91320621MA1MRHG205(1-1)'],
  ])('%s', (raw, expected) => {
    expect(normalizeValue(raw)).toBe(expected);
  });

  test('wrapped lines join without separator', () => {
    expect(joinWrappedLines(['江苏省南通市海安县 ', ' 城东镇开发大道88号'])).toBe('江苏省南通市海安县城东镇开发大道88号');
  });
});

describe('correctScopeBoilerplate', () => {
  test('restores misread standard sentence', () => {
    expect(correctScopeBoilerplate('软件开发。（依法须经批准的项目，经相关部內批准后方可开展经营活动）')).toBe(
      '软件开发。（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
    );
  });

  test.each([
    ['般项目：软件开发、数据处理', '一般项目：软件开发、数据处理'],
    ['-般项目：软件开发、数据处理', '一般项目：软件开发、数据处理'],
    ['软件开发·数据处理、打字复印、家政服务', '软件开发、数据处理、打字复印、家政服务'],
    ['软件开发；数据处理：打字复印；家政服务', '软件开发；数据处理；打字复印；家政服务'],
    ['运输（不含危险货物）停车场服务、打字复印、家政服务、软件开发', '运输（不含危险货物）、停车场服务、打字复印、家政服务、软件开发'],
    ['软件开发（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）许可项目：食品销售', '软件开发（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）许可项目：食品销售'],
    ['项目）_（除依法须经批准', '项目）（除依法须经批准'],
    ['家政服务（依法须经批准的项目，经相关部门批准后方可开展经营活动）', '家政服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）'],
    ['家政服务。《依法须经批准的项目，经相关部门批准后方可开展经营活动）', '家政服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）'],
    ['家政服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动', '家政服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）'],
  ])('scope %s', (raw, expected) => {
    expect(correctScopeBoilerplate(raw)).toBe(expected);
  });

  test('keeps scope without standard sentence', () => {
    expect(correctScopeBoilerplate('软件开发；批准后开展经营活动')).toBe('软件开发；批准后开展经营活动');
  });
});
