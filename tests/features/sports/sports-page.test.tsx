import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SportsPage from '../../../src/features/sports/sports-page';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { englishNamesShown } from '../../shared/ui/english-catalog-words';

const renderSports = () =>
  render(
    <MemoryRouter>
      <SportsPage />
    </MemoryRouter>,
  );

describe('the sports guide', () => {
  it('lists the article’s thirteen back-friendly sports', () => {
    renderSports();
    expect(screen.getByRole('heading', { level: 1, name: 'Back-friendly sports' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Cycling',
      'Canoeing',
      'Swimming',
      'Nordic walking',
      'Yoga',
      'Pilates',
      'Cross-country skiing',
      'Jogging',
      'Horse riding',
      'Aerobics (low-impact)',
      'Spine mobility exercises',
      'Dancing',
      'Inline skating',
    ]);
  });

  it('gives the article’s advice to talk to the family doctor about which sport suits you', () => {
    renderSports();
    expect(screen.getByText(/worth discussing with your family doctor beforehand/)).toBeInTheDocument();
  });

  it('says why each sport helps and what to watch out for', () => {
    renderSports();
    const cycling = screen.getByRole('article', { name: 'Cycling' });
    expect(within(cycling).getByRole('heading', { name: 'Why it helps' })).toBeInTheDocument();
    expect(within(cycling).getByRole('list', { name: 'Take care' })).toHaveTextContent(/saddle/);
  });

  it('names the swimming strokes to prefer and those advised against', () => {
    renderSports();
    const swimming = screen.getByRole('article', { name: 'Swimming' });
    expect(within(swimming).getByRole('list', { name: 'Recommended' })).toHaveTextContent(/Backstroke.*Front crawl/);
    expect(within(swimming).getByRole('list', { name: 'Advised against' })).toHaveTextContent(/Breaststroke.*Butterfly/);
  });

  it('says who should not do a sport: Pilates not with a herniated disc', () => {
    renderSports();
    const pilates = screen.getByRole('article', { name: 'Pilates' });
    expect(within(pilates).getByRole('list', { name: 'Better not if' })).toHaveTextContent('herniated');
  });

  it('keeps the sports apart from the exercises, with a way to the exercise library', () => {
    renderSports();
    expect(screen.getByRole('link', { name: 'exercise library' })).toHaveAttribute('href', '/exercises');
  });
});

describe('the sports guide in German', () => {
  beforeEach(() => activateLanguage('de'));
  afterEach(() => activateLanguage('en'));

  it('lists the thirteen sports in German, with the article’s names as English quotes, and no English catalog name', async () => {
    renderSports();
    expect(screen.getByRole('heading', { level: 1, name: 'Rückenfreundliche Sportarten' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Rückenfreundliche Sportarten · Upright'));
    const names = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(names).toHaveLength(13);
    expect(names.slice(0, 3)).toEqual(['Radfahren', 'Kanufahren', 'Schwimmen']);
    const swimming = screen.getByRole('article', { name: 'Schwimmen' });
    expect(within(swimming).getByRole('heading', { name: 'Warum es hilft' })).toBeInTheDocument();
    expect(within(swimming).getByRole('list', { name: 'Empfohlen' })).toHaveTextContent(/Rückenschwimmen.*Kraulen/);
    expect(within(swimming).getByRole('list', { name: 'Nicht empfohlen' })).toHaveTextContent(/Brustschwimmen.*Delfinschwimmen/);
    expect(within(swimming).getByText('swim')).toHaveAttribute('lang', 'en');
    expect(within(screen.getByRole('article', { name: 'Pilates' })).getByRole('list', { name: 'Besser nicht bei' })).toHaveTextContent('Bandscheibenvorfall');
    expect(screen.getByText(/besprechen Sie vorher mit Ihrer Hausärztin oder Ihrem Hausarzt/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Übungssammlung' })).toHaveAttribute('href', '/exercises');
    expect(screen.queryByText('Cycling')).not.toBeInTheDocument();
    expect(await englishNamesShown()).toEqual([]);
  });
});
