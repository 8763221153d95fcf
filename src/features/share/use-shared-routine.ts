import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import type { Routine } from '../../catalog/schema';
import { useLanguage } from '../../shared/i18n/use-translation';
import { catalogTransferContext } from '../../shared/routine-transfer/catalog-transfer-context';
import { decodeShareFragment, type SharedRoutineResult } from '../../shared/routine-transfer/share-link-codec';

export type SharedRoutineState =
  | { readonly status: 'reading' }
  | { readonly status: 'ok'; readonly routine: Routine }
  | { readonly status: 'failed'; readonly message: string };

/** The routine in this page's fragment (`#r=…`), decoded and checked; re-read when the fragment changes. */
export function useSharedRoutine(): SharedRoutineState {
  const { hash } = useLocation();
  // The reason a link cannot be used is a sentence in the active language: read again when it changes.
  const language = useLanguage();
  // Each result remembers its fragment, so a new link shows "reading" until it is decoded.
  const [decoded, setDecoded] = useState<{ hash: string; language: string; result: SharedRoutineResult } | null>(null);
  useEffect(() => {
    let current = true;
    void decodeShareFragment(hash, catalogTransferContext).then((result) => {
      if (current) setDecoded({ hash, language, result });
    });
    return () => {
      current = false;
    };
  }, [hash, language]);
  // A new link reads "reading"; a new language keeps showing the last answer until the new one is here.
  if (!decoded || decoded.hash !== hash) return { status: 'reading' };
  const { result } = decoded;
  return result.ok ? { status: 'ok', routine: result.routine } : { status: 'failed', message: result.message };
}
