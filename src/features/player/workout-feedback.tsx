import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { SessionRecord } from '../../engine/types';
import { useT } from '../../shared/i18n/use-translation';
import { selectKey } from '../../shared/i18n/select-key';
import { paths } from '../../shared/paths';
import { NOTE_MAX_LENGTH, WORKOUT_RATINGS, type WorkoutRating } from '../../stores/formats/workout-format';
import { historyActions } from '../../stores/history-store';

/**
 * "How was it?" in one tap, and an optional short note: each saved at once into the stored
 * workout (only those fields of the stored row change, so another tab's change to it stays).
 */
export function WorkoutFeedback({ record }: { readonly record: SessionRecord }) {
  const t = useT();
  const noteId = useId();
  const ratingId = useId();
  const [rating, setRating] = useState<WorkoutRating | null>(null);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async (feedback: { rating?: WorkoutRating; note?: string }, saved: string) => {
    setBusy(true);
    const ok = await historyActions.workoutFeedbackGiven(record, feedback);
    setBusy(false);
    setMessage(ok ? saved : t('history.summary.failed'));
    return ok;
  };
  const onRate = async (chosen: WorkoutRating) => {
    if (await save({ rating: chosen }, t('history.summary.ratingSaved', { rating: t('history.rating.value', { rating: selectKey(chosen) }) }))) setRating(chosen);
  };
  return (
    <section className="workout-feedback" aria-labelledby={ratingId}>
      <div role="group" aria-labelledby={ratingId}>
        <h3 id={ratingId}>{t('history.summary.rating')}</h3>
        <div className="summary-actions">
          {WORKOUT_RATINGS.map((each) => (
            <button key={each} type="button" className="button" aria-pressed={rating === each} disabled={busy} onClick={() => void onRate(each)}>
              {t('history.rating.value', { rating: selectKey(each) })}
            </button>
          ))}
        </div>
      </div>
      <form
        className="workout-note"
        onSubmit={(event) => {
          event.preventDefault();
          void save({ note }, t('history.summary.noteSaved'));
        }}
      >
        <label htmlFor={noteId}>{t('history.summary.note')}</label>
        <textarea id={noteId} rows={2} maxLength={NOTE_MAX_LENGTH} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
        <button type="submit" className="button" disabled={busy}>
          {t('history.summary.saveNote')}
        </button>
      </form>
      <p role="status">{message}</p>
      <p>
        <Link to={paths.history()}>{t('history.summary.historyLink')}</Link>
      </p>
    </section>
  );
}
