/** The storage key under which the demo home page hands the confirmed license to the result page. */
export const CONFIRMED_LICENSE_KEY = 'bizlicense:confirmed';
