import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExerciseDetailPage from '../../../src/features/library/exercise-detail-page';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { englishNamesShown } from '../../shared/ui/english-catalog-words';

function renderExercise(exerciseId: string) {
  return render(
    <MemoryRouter initialEntries={[`/exercises/${exerciseId}`]}>
      <Routes>
        <Route path="/exercises/:exerciseId" element={<ExerciseDetailPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** The provenance entry whose label starts with `label`. */
const figure = (label: string) => {
  const list = within(screen.getByRole('region', { name: 'Where the numbers come from' })).getAllByRole('listitem');
  const found = list.find((item) => item.textContent?.startsWith(label));
  if (!found) throw new Error(`no figure "${label}"`);
  return found;
};

describe('the exercise detail', () => {
  it('shows the muscles worked with the article’s terms beside ours', () => {
    renderExercise('prone-chest-raise-t');
    const muscles = within(screen.getByRole('region', { name: 'Muscles worked' })).getAllByRole('listitem');
    // <q> draws its quotation marks with CSS, so they are not in the text.
    expect(muscles.map((item) => item.textContent)).toContain('Trapezius (the article’s hood muscles)');
    expect(muscles.map((item) => item.textContent)).toContain('Latissimus dorsi (the article’s broad back muscles)');
    expect(screen.getByText('hood muscles').tagName).toBe('Q');
  });

  it('shows the setup, the movement cues and the cautions', () => {
    renderExercise('quadruped-leg-raise');
    expect(within(screen.getByRole('region', { name: 'Getting into position' })).getAllByRole('listitem')[0]).toHaveTextContent('Kneel on all fours.');
    expect(screen.getByRole('region', { name: 'During the exercise' })).toHaveTextContent('Keep your core tense.');
    expect(screen.getByRole('region', { name: 'Take care' })).toHaveTextContent('Do not let your lower back sag when the leg is stretched back.');
    expect(screen.getByRole('heading', { level: 3, name: 'Bent knee, 25 s' })).toBeInTheDocument();
  });

  it('gives the prescription in words', () => {
    renderExercise('quadruped-leg-raise');
    expect(screen.getByText('How much:').parentElement).toHaveTextContent('How much: 25 s + 25 s per side');
  });

  it('marks the article’s numbers with its quote, and our defaults with the reason for them', () => {
    renderExercise('prone-reverse-fly');
    const repetitions = figure('Repetitions');
    expect(repetitions).toHaveTextContent('Repetitions: 6 From the article');
    expect(within(repetitions).getByText('This procedure is then repeated six times.').tagName).toBe('Q');

    const hold = figure('Hold');
    expect(hold).toHaveTextContent('Hold (each repetition): 3 s Our default');
    expect(hold).toHaveTextContent('The article only says: held in this position for a few seconds');
    expect(hold).toHaveTextContent('"A few seconds" read as 3 seconds, a gentle hold for a beginner.');
    expect(screen.getByRole('region', { name: 'Where the numbers come from' })).toHaveTextContent('One of these 6 numbers is given by the article.');
  });

  it('says so in words when none of the numbers comes from the article', () => {
    renderExercise('pelvic-lift');
    expect(screen.getByRole('region', { name: 'Where the numbers come from' })).toHaveTextContent(
      'None of these 6 numbers is given by the article. Where the article is vague',
    );
  });

  it('explains the translation slip in the diagonal raise’s quote, which says “per page” for per side', () => {
    renderExercise('diagonal-arm-leg-raise');
    const repetitions = figure('Repetitions');
    expect(within(repetitions).getByText('This exercise should at least ten times per page be performed.').tagName).toBe('Q');
    expect(repetitions).toHaveTextContent('the German original says “pro Seite”, which means per side');
  });

  it('lists the article’s facts with their source: the chair about a metre away, the 1 to 5 kg weights', () => {
    const { unmount } = renderExercise('chair-stretch');
    expect(figure('Distance from the pillow to the chair')).toHaveTextContent('1 m From the article');
    expect(figure('Distance from the pillow to the chair')).toHaveTextContent('Three feet is about one metre.');
    unmount();
    renderExercise('bent-over-reverse-fly');
    expect(figure('Lightest weight in each hand')).toHaveTextContent('1 kg From the article');
    expect(figure('Heaviest weight in each hand')).toHaveTextContent('5 kg From the article');
  });

  it('offers to try the exercise alone in the player', () => {
    renderExercise('chair-stretch');
    expect(screen.getByRole('link', { name: 'Try this exercise alone' })).toHaveAttribute('href', '/play/exercise/chair-stretch');
  });

  it('says the exercise was not found for an unknown id, with a way back to the library', () => {
    renderExercise('plank-x');
    expect(screen.getByRole('heading', { level: 1, name: 'Exercise not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the exercise library' })).toHaveAttribute('href', '/exercises');
  });
});

describe('the exercise detail in German', () => {
  beforeEach(() => activateLanguage('de'));
  afterEach(() => activateLanguage('en'));

  it('shows the exercise in German, with the article’s words kept as English quotes, and no English catalog name', async () => {
    renderExercise('quadruped-leg-raise');
    expect(screen.getByRole('heading', { level: 1, name: 'Beinheben im Vierfüßlerstand' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Beinheben im Vierfüßlerstand · Upright'));
    expect(screen.queryByText('Quadruped leg raise')).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Ausgangsstellung' })).getAllByRole('listitem')[0]).toHaveTextContent('In den Vierfüßlerstand gehen.');
    expect(screen.getByRole('region', { name: 'Während der Übung' })).toHaveTextContent('Bauchspannung halten.');
    expect(screen.getByRole('region', { name: 'Bitte beachten' })).toHaveTextContent('Den unteren Rücken nicht durchhängen lassen');
    expect(screen.getByRole('heading', { level: 3, name: 'Gebeugtes Knie, 25 s' })).toBeInTheDocument();
    expect(screen.getByText('Umfang:').parentElement).toHaveTextContent('Umfang: 25 s + 25 s je Seite');
    expect(screen.getByRole('link', { name: 'Diese Übung einzeln ausprobieren' })).toHaveAttribute('href', '/play/exercise/quadruped-leg-raise');

    const muscles = within(screen.getByRole('region', { name: 'Beanspruchte Muskeln' })).getAllByRole('listitem');
    expect(muscles[0]).toHaveTextContent('Rückenstrecker (unterer Teil) (im Artikel (englische Fassung): lower extensor muscles of the back)');
    expect(screen.getByText('lower extensor muscles of the back')).toHaveAttribute('lang', 'en');
    expect(await englishNamesShown()).toEqual([]);
  });

  it('marks the article’s numbers as quotes from the English source, with their meaning in German', () => {
    renderExercise('prone-reverse-fly');
    const sources = screen.getByRole('region', { name: 'Woher die Zahlen stammen' });
    expect(sources).toHaveTextContent('Eine dieser 6 Zahlen steht im Artikel.');
    const repetitions = within(sources).getAllByRole('listitem').find((item) => item.textContent?.startsWith('Wiederholungen'));
    expect(repetitions).toHaveTextContent('Wiederholungen: 6 Aus dem Artikel');
    expect(repetitions).toHaveTextContent('Der Artikel (englische Fassung): This procedure is then repeated six times.');
    expect(within(repetitions!).getByText('This procedure is then repeated six times.')).toHaveAttribute('lang', 'en');
    expect(repetitions).toHaveTextContent('Sinngemäß: Dieser Ablauf wird dann sechsmal wiederholt.');
    const hold = within(sources).getAllByRole('listitem').find((item) => item.textContent?.startsWith('Halten'));
    expect(hold).toHaveTextContent('Halten (je Wiederholung): 3 s Unsere Vorgabe');
    expect(hold).toHaveTextContent('„Einige Sekunden“ als 3 Sekunden gelesen');
  });

  it('says in German that an exercise was not found', () => {
    renderExercise('plank-x');
    expect(screen.getByRole('heading', { level: 1, name: 'Übung nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zur Übungssammlung' })).toHaveAttribute('href', '/exercises');
  });
});
