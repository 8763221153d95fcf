import { useCallback, useRef, useState } from 'react';
import { getRoutineDraft, routineDraftActions, type RoutineDraft } from '../../stores/routine-drafts-store';
import { draftSignature } from './routine-draft';

export interface BuilderDraft {
  readonly draft: RoutineDraft;
  /** The draft differs from where editing began. */
  readonly dirty: boolean;
  /** Unsaved changes from an earlier visit were brought back. */
  readonly restored: boolean;
  readonly draftChanged: (change: (draft: RoutineDraft) => RoutineDraft) => void;
  /** Throws the changes away: back to where editing began. */
  readonly changesDiscarded: () => void;
  /** The routine was saved: the draft is done. */
  readonly draftSaved: () => void;
}

/**
 * The builder's working copy. Every change is kept in the drafts store (and so on the device),
 * which is how leaving the page never loses work; opening the builder again brings it back.
 */
export function useBuilderDraft(draftKey: string, startingPoint: RoutineDraft): BuilderDraft {
  const baseline = draftSignature(startingPoint);
  const [initial] = useState(() => {
    const kept = getRoutineDraft(draftKey);
    return kept && draftSignature(kept.draft) !== baseline ? kept.draft : null;
  });
  const [draft, setDraft] = useState<RoutineDraft>(initial ?? startingPoint);
  const [restored, setRestored] = useState(initial !== null);
  // The latest draft, so that two changes in one event both apply (and the store is written outside render).
  const latest = useRef(draft);

  const draftChanged = useCallback(
    (change: (draft: RoutineDraft) => RoutineDraft) => {
      const next = change(latest.current);
      latest.current = next;
      setDraft(next);
      if (draftSignature(next) === baseline) routineDraftActions.draftClosed(draftKey);
      else routineDraftActions.draftEdited(draftKey, { draft: next, baseline });
    },
    [baseline, draftKey],
  );

  const changesDiscarded = useCallback(() => {
    routineDraftActions.draftClosed(draftKey);
    latest.current = startingPoint;
    setDraft(startingPoint);
    setRestored(false);
  }, [draftKey, startingPoint]);

  const draftSaved = useCallback(() => routineDraftActions.draftClosed(draftKey), [draftKey]);

  return { draft, dirty: draftSignature(draft) !== baseline, restored, draftChanged, changesDiscarded, draftSaved };
}
