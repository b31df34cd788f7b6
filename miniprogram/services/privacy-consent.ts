/**
 * The privacy-guide (隐私保护指引) consent flow. With `__usePrivacyCheck__` in app.json, the camera,
 * album and chat-file APIs stay pending until the merchant accepts the guide. WeChat then calls the
 * `wx.onNeedPrivacyAuthorization` listener, the component shows its consent prompt, and the
 * pending API continues or fails with the merchant's answer.
 */

/** The id of the consent button; WeChat checks that this button was tapped before an agree. */
export const PRIVACY_AGREE_BUTTON_ID = 'license-capture-privacy-agree';

type ResolvePrivacy = (answer: { event: 'agree'; buttonId: string } | { event: 'disagree' | 'exposureAuthorization' }) => void;

/** The consent prompt's side of the flow: answer the pending request. */
export interface PrivacyConsent {
  agree(): void;
  disagree(): void;
}

/**
 * Registers the listener that shows the consent prompt. WeChat keeps only the last listener
 * registered, so the component registers it again each time it is attached.
 * Returns undefined on base libraries before 2.32.3, which have no such listener.
 */
export function listenForPrivacyConsent(showPrompt: (referrer: string) => void): PrivacyConsent | undefined {
  if (typeof wx.onNeedPrivacyAuthorization !== 'function') {
    return undefined;
  }

  let pending: ResolvePrivacy | undefined;
  const answer = (value: Parameters<ResolvePrivacy>[0]): void => {
    const resolve = pending;
    pending = undefined;
    resolve?.(value);
  };

  // The typings declare the listener with one result argument, but WeChat calls it with
  // (resolve, eventInfo) as its documentation for base library 2.32.3 shows.
  const listener = (resolve: ResolvePrivacy, eventInfo?: { referrer?: string }): void => {
    pending = resolve;
    resolve({ event: 'exposureAuthorization' });
    showPrompt(eventInfo?.referrer ?? '');
  };
  wx.onNeedPrivacyAuthorization(listener as unknown as WechatMiniprogram.OnNeedPrivacyAuthorizationCallback);

  return {
    agree: () => answer({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID }),
    disagree: () => answer({ event: 'disagree' }),
  };
}

/** Opens the Mini Program's privacy guide as configured in the WeChat admin console. */
export function openPrivacyGuide(): void {
  wx.openPrivacyContract({});
}
