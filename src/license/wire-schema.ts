import { z } from 'zod';

/** A corner of the license in image pixel coordinates. */
export const pointSchema = z.object({
  x: z.number(),
  y: z.number(),
});

/** The four corners of the license, named as WeChat names them. */
export const certPositionSchema = z.object({
  pos: z.object({
    left_top: pointSchema,
    right_top: pointSchema,
    right_bottom: pointSchema,
    left_bottom: pointSchema,
  }),
});

/** Width and height of the recognised image in pixels. */
export const imgSizeSchema = z.object({
  w: z.number(),
  h: z.number(),
});

/**
 * The license's text fields as WeChat's bizlicense HTTPS API names them.
 * WeChat returns only the fields printed on the license, so each one is optional.
 */
export const licenseTextFieldsSchema = z.object({
  reg_num: z.string().optional(),
  serial: z.string().optional(),
  legal_representative: z.string().optional(),
  enterprise_name: z.string().optional(),
  type_of_organization: z.string().optional(),
  address: z.string().optional(),
  type_of_enterprise: z.string().optional(),
  business_scope: z.string().optional(),
  registered_capital: z.string().optional(),
  paid_in_capital: z.string().optional(),
  valid_period: z.string().optional(),
  registered_date: z.string().optional(),
});

/** The text field names in the order WeChat documents them. */
export const LICENSE_TEXT_FIELDS = Object.keys(licenseTextFieldsSchema.shape) as Array<
  keyof z.infer<typeof licenseTextFieldsSchema>
>;

/** Everything a successful recognition reports about the license, without errcode and errmsg. */
export const licenseFieldsSchema = licenseTextFieldsSchema.extend({
  cert_position: certPositionSchema.optional(),
  img_size: imgSizeSchema.optional(),
});

/**
 * A successful reply of `POST /cv/ocr/bizlicense`: `errcode` 0, `errmsg` "ok" and the fields found.
 * Unknown keys are stripped, so a reply parsed with this schema carries only documented keys.
 */
export const wireReplySchema = licenseFieldsSchema.extend({
  errcode: z.literal(0),
  errmsg: z.string(),
});

export type Point = z.infer<typeof pointSchema>;
export type CertPosition = z.infer<typeof certPositionSchema>;
export type ImgSize = z.infer<typeof imgSizeSchema>;
export type LicenseTextFields = z.infer<typeof licenseTextFieldsSchema>;
export type LicenseTextFieldName = keyof LicenseTextFields;
export type LicenseFields = z.infer<typeof licenseFieldsSchema>;
export type WireReply = z.infer<typeof wireReplySchema>;
