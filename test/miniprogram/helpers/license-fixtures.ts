/**
 * Cloud function replies for the component tests, shaped as bizlicenseOcr returns them: WeChat's
 * wire reply (snake_case, `errcode: 0`, `errmsg: 'ok'`) plus `interpretation`. The position and
 * image size are those of the sample reply in WeChat's bizlicense API documentation.
 */

/** The date the tests judge expiry against. */
export const TODAY = '2026-12-05';

export const SAMPLE_CERT_POSITION = {
  pos: {
    left_top: { x: 155, y: 191 },
    right_top: { x: 725, y: 157 },
    right_bottom: { x: 743, y: 512 },
    left_bottom: { x: 164, y: 525 },
  },
};

export const SAMPLE_IMG_SIZE = { w: 966, h: 728 };

/** A limited company's license with a valid credit code and an open-ended term. */
export const COMPANY_FIELDS = {
  reg_num: '91320621MA1MRHG205',
  serial: '320621000201605200012',
  legal_representative: '张三',
  enterprise_name: '海安示例信息科技有限公司',
  type_of_enterprise: '有限责任公司(自然人投资或控股)',
  address: '海安市城东镇示例路8号',
  business_scope: '软件开发；信息技术咨询服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
  registered_capital: '100万元人民币',
  valid_period: '2016年05月20日至长期',
  registered_date: '2016年05月20日',
};

/**
 * A 个体工商户 license that prints no capital and no term; WeChat did not return 经营者, so the form
 * must ask for it. 92 is the credit-code category of 个体工商户; the code passes its check.
 */
export const INDIVIDUAL_BUSINESS_FIELDS = {
  reg_num: '92320621MA1MRHG202',
  enterprise_name: '海安市城东镇示例饮食店',
  type_of_enterprise: '个体工商户',
  type_of_organization: '个人经营',
  address: '海安市城东镇示例路9号',
  business_scope: '餐饮服务。',
  registered_date: '2018年1月1日',
};

/** Builds the cloud function's success result for the given fields. */
export function successResult(fields: Record<string, string>, interpretation: unknown): Record<string, unknown> {
  return {
    errcode: 0,
    errmsg: 'ok',
    ...fields,
    cert_position: SAMPLE_CERT_POSITION,
    img_size: SAMPLE_IMG_SIZE,
    interpretation,
  };
}
