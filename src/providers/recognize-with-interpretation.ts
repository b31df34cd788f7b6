import { Interpretation, interpretLicense, todayInShanghai } from '../license';
import { WireReply } from '../license/wire-schema';
import { ImageInput, RecognitionProvider } from './provider';

/** A wire reply with bizlicense's reading of its values (credit code check, dates, capital …). */
export type InterpretedReply = WireReply & { interpretation: Interpretation };

/**
 * Adds `interpretation` to a successful wire reply. `today` is a `YYYY-MM-DD` date in Asia/Shanghai
 * and decides whether the license has expired; it defaults to the current date there, because
 * licenses expire by Chinese calendar days whatever the server's time zone.
 */
export function addInterpretation(reply: WireReply, today: string = todayInShanghai()): InterpretedReply {
  return { ...reply, interpretation: interpretLicense(reply, { today }) };
}

/** Recognises an image with any provider and interprets the reply in one call. */
export async function recognizeWithInterpretation(
  provider: RecognitionProvider,
  image: ImageInput,
  today?: string,
): Promise<InterpretedReply> {
  return addInterpretation(await provider.recognize(image), today);
}
