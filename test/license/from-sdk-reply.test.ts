import documentedCloudCallReply from '../cloudfunction/fixtures/documented-cloud-call-reply.json';
import documentedHttpsReply from '../cloudfunction/fixtures/documented-https-reply.json';
import sdkCamelCaseReply from '../cloudfunction/fixtures/sdk-camelcase-reply.json';
import { licenseFieldsFromSdkReply, toSnakeCase, wireReplyFromSdkReply } from '../../src/license/from-sdk-reply';
import { wireReplySchema } from '../../src/license/wire-schema';

describe('wireReplyFromSdkReply', () => {
  test('documented mixed-key sample gives the HTTPS reply', () => {
    expect(wireReplyFromSdkReply(documentedCloudCallReply)).toEqual(documentedHttpsReply);
  });

  test('all-camelCase SDK reply gives the HTTPS reply', () => {
    expect(wireReplyFromSdkReply(sdkCamelCaseReply)).toEqual(documentedHttpsReply);
  });

  test('snake_case reply passes through unchanged', () => {
    expect(wireReplyFromSdkReply(documentedHttpsReply)).toEqual(documentedHttpsReply);
  });

  test('result keys are exactly the documented ones', () => {
    const reply = wireReplyFromSdkReply(sdkCamelCaseReply);

    expect(Object.keys(reply).sort()).toEqual(Object.keys(documentedHttpsReply).sort());
    expect(Object.keys(reply.cert_position?.pos ?? {}).sort()).toEqual(['left_bottom', 'left_top', 'right_bottom', 'right_top']);
  });

  test('result satisfies the wire schema', () => {
    expect(wireReplySchema.safeParse(wireReplyFromSdkReply(sdkCamelCaseReply)).success).toBe(true);
  });

  test('SDK status keys are replaced by errcode 0 and ok', () => {
    const reply = wireReplyFromSdkReply({ errCode: 0, errMsg: 'openapi.ocr.businessLicense:ok', regNum: '1' });

    expect(reply).toEqual({ errcode: 0, errmsg: 'ok', reg_num: '1' });
  });

  test('fields absent from the license stay absent', () => {
    const reply = wireReplyFromSdkReply({ errCode: 0, errMsg: 'openapi.ocr.businessLicense:ok', enterpriseName: 'XX饮食店' });

    expect(reply).toEqual({ errcode: 0, errmsg: 'ok', enterprise_name: 'XX饮食店' });
    expect('reg_num' in reply).toBe(false);
  });

  test('undocumented keys are dropped', () => {
    const fields = licenseFieldsFromSdkReply({ regNum: '1', requestId: 'abc', extraInfo: { a: 1 } });

    expect(fields).toEqual({ reg_num: '1' });
  });

  test('a field of the wrong type is rejected', () => {
    expect(() => wireReplyFromSdkReply({ regNum: 123123 })).toThrow();
  });
});

describe('toSnakeCase', () => {
  const cases: Array<[string, string]> = [
    ['regNum', 'reg_num'],
    ['typeOfOrganization', 'type_of_organization'],
    ['paidInCapital', 'paid_in_capital'],
    ['leftTop', 'left_top'],
    ['imgSize', 'img_size'],
    ['reg_num', 'reg_num'],
    ['address', 'address'],
  ];

  test.each(cases)('%s → %s', (input, expected) => {
    expect(toSnakeCase(input)).toBe(expected);
  });
});
