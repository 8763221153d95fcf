import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getCustomRoutines } from '../../../src/stores/custom-routines-store';
import { sampleRoutine } from '../../shared/routine-transfer/transfer-fixtures';
import { renderPages, resetBuilderStores } from './render-pages';
import { seedRoutines } from '../../stores/seed-user-data';

const item = (position: number, name: string) => screen.getByRole('group', { name: `${position}. ${name}` });

async function addExercises(user: ReturnType<typeof renderPages>['user'], names: readonly string[]) {
  for (const name of names) await user.click(screen.getByRole('button', { name: `Add ${name}` }));
}

describe('the routine builder', () => {
  beforeEach(resetBuilderStores);

  it('adds exercises found by searching the library and shows the live total time', async () => {
    const { user } = renderPages('/my-routines/new');
    expect(screen.getByText(/^Total time:/)).toHaveTextContent('Total time: — not known yet (add an exercise to see it)');
    await user.type(screen.getByLabelText('Search exercises'), 'pelvic');
    expect(screen.getAllByRole('button', { name: /^Add / })).toHaveLength(1);
    await addExercises(user, ['Pelvic lift (glute bridge)']);
    expect(item(1, 'Pelvic lift (glute bridge)')).toBeInTheDocument();
    const totalBefore = screen.getByText(/^\d+ min/).textContent;
    await user.type(within(item(1, 'Pelvic lift (glute bridge)')).getByLabelText('Reps'), '20');
    expect(screen.getByText(/^\d+ min/).textContent).not.toBe(totalBefore);
  });

  it('shows only the settings that apply to each exercise', async () => {
    const { user } = renderPages('/my-routines/new');
    await addExercises(user, ['Quadruped leg raise', 'Pelvic lift (glute bridge)', 'Prone chest raise, arms out to the sides']);
    const timed = within(item(1, 'Quadruped leg raise'));
    expect(timed.getByLabelText('Seconds per part')).toBeInTheDocument();
    expect(timed.queryByLabelText('Reps')).toBeNull();
    expect(timed.getByLabelText('Sides')).toBeInTheDocument();
    const reps = within(item(2, 'Pelvic lift (glute bridge)'));
    expect(reps.getByLabelText('Reps')).toBeInTheDocument();
    expect(reps.getByLabelText('Hold seconds')).toBeInTheDocument();
    expect(reps.queryByLabelText('Sides')).toBeNull();
    expect(reps.queryByLabelText(/Seconds per part/)).toBeNull();
    expect(within(item(3, 'Prone chest raise, arms out to the sides')).getByLabelText('Target hold seconds')).toBeInTheDocument();
  });

  it('moves an exercise with the keyboard, keeps focus on it and announces the new position', async () => {
    const { user } = renderPages('/my-routines/new');
    await addExercises(user, ['Quadruped leg raise', 'Pelvic lift (glute bridge)', 'Chair stretch']);
    screen.getByRole('button', { name: 'Move down Quadruped leg raise' }).focus();
    await user.keyboard('{Enter}');
    expect(item(2, 'Quadruped leg raise')).toBeInTheDocument();
    expect(item(1, 'Pelvic lift (glute bridge)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move down Quadruped leg raise' })).toHaveFocus();
    expect(screen.getByText('Quadruped leg raise moved to position 2 of 3.')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(item(3, 'Quadruped leg raise')).toBeInTheDocument();
    // At the bottom Move down is disabled, so focus goes to Move up.
    expect(screen.getByRole('button', { name: 'Move up Quadruped leg raise' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Move up Pelvic lift (glute bridge)' })).toBeDisabled();
  });

  it('puts a message next to the field at fault and marks it invalid', async () => {
    const { user } = renderPages('/my-routines/new');
    await addExercises(user, ['Pelvic lift (glute bridge)']);
    const sets = within(item(1, 'Pelvic lift (glute bridge)')).getByLabelText('Sets');
    await user.type(sets, '25');
    expect(sets).toHaveAttribute('aria-invalid', 'true');
    expect(sets).toHaveAccessibleDescription(expect.stringContaining('Sets must be at most 20.'));
    await user.clear(sets);
    await user.type(sets, 'two');
    expect(sets).toHaveAccessibleDescription(expect.stringContaining('Sets must be a number, like 25.'));
    expect(screen.getByText(/^Total time:/)).toHaveTextContent('(fix the problems below to see it)');
  });

  it('shows each number field’s default as its placeholder and says what leaving it empty does', async () => {
    const { user } = renderPages('/my-routines/new');
    await addExercises(user, ['Quadruped leg raise']);
    const seconds = within(item(1, 'Quadruped leg raise')).getByLabelText('Seconds per part');
    expect(seconds).toHaveValue('');
    expect(seconds).toHaveAttribute('placeholder', '25');
    expect(seconds).toHaveAccessibleDescription('Leave empty to use the exercise’s default (25 s).');
    const restAfter = within(item(1, 'Quadruped leg raise')).getByLabelText('Rest after (seconds)');
    expect(restAfter).toHaveAccessibleDescription(expect.stringMatching(/^Leave empty to use the rest from your settings \(\d+ s\)\.$/));
  });

  it('marks the name and the purpose as required, visibly and for screen readers', () => {
    renderPages('/my-routines/new');
    for (const label of ['Name', 'Purpose']) {
      const field = screen.getByRole('textbox', { name: label });
      expect(field).toBeRequired();
      expect(field.parentElement).toHaveTextContent(new RegExp(`^${label}required`));
    }
    expect(screen.getAllByText('required')).toHaveLength(2);
  });

  it('sets the region from the exercises until the user chooses one', async () => {
    const { user } = renderPages('/my-routines/new');
    const region = screen.getByRole('combobox', { name: 'Region' });
    await addExercises(user, ['Pelvic lift (glute bridge)']);
    expect(region).toHaveDisplayValue('Lower back');
    await addExercises(user, ['Chair stretch']);
    expect(region).toHaveDisplayValue('Full back');
    await user.click(screen.getByRole('button', { name: 'Remove Pelvic lift (glute bridge)' }));
    expect(region).toHaveDisplayValue('Upper back');
    await user.selectOptions(region, 'Full back');
    await addExercises(user, ['Prone reverse fly, bent arms']);
    expect(region).toHaveDisplayValue('Full back');
  });

  it('refuses to save without a name or purpose, says why in a sentence next to each and moves focus to the first', async () => {
    const { user } = renderPages('/my-routines/new');
    await addExercises(user, ['Chair stretch']);
    await user.click(screen.getByRole('button', { name: 'Save routine' }));
    const name = screen.getByLabelText('Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Name must not be empty.');
    expect(screen.getByLabelText('Purpose')).toHaveAccessibleDescription(expect.stringMatching(/^Purpose must not be empty\. What it is for/));
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved yet');
    await vi.waitFor(() => expect(name).toHaveFocus());
    expect(getCustomRoutines()).toEqual([]);
  });

  it('saves a routine with custom seconds and lists it in My routines', async () => {
    const { user } = renderPages('/my-routines/new');
    await user.type(screen.getByLabelText('Name'), 'Three moves');
    await user.type(screen.getByLabelText('Purpose'), 'A short test');
    await addExercises(user, ['Quadruped leg raise', 'Pelvic lift (glute bridge)', 'Chair stretch']);
    await user.type(within(item(1, 'Quadruped leg raise')).getByLabelText('Seconds per part'), '40');
    await user.selectOptions(within(item(1, 'Quadruped leg raise')).getByLabelText('Sides'), 'Right side only');
    await user.type(within(item(2, 'Pelvic lift (glute bridge)')).getByLabelText('Rest after (seconds)'), '30');
    await user.click(screen.getByRole('button', { name: 'Save routine' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My routines' })).toBeInTheDocument();
    expect(screen.getByText('Saved “Three moves”.')).toBeInTheDocument();
    expect(getCustomRoutines()).toEqual([
      {
        id: 'my-three-moves',
        name: 'Three moves',
        purpose: 'A short test',
        region: 'full',
        level: 'beginner',
        items: [
          { exerciseId: 'quadruped-leg-raise', overrides: { seconds: 40, sides: 'right' } },
          { exerciseId: 'pelvic-lift', restAfterSeconds: 30 },
          { exerciseId: 'chair-stretch' },
        ],
      },
    ]);
  });

  it('refuses a pasted name of only zero-width characters and says why next to the field', async () => {
    const { user } = renderPages('/my-routines/new');
    await user.click(screen.getByRole('textbox', { name: 'Name' }));
    await user.paste('\u200b\u200d\ufeff');
    await user.type(screen.getByRole('textbox', { name: 'Purpose' }), 'A short test');
    await addExercises(user, ['Chair stretch']);
    await user.click(screen.getByRole('button', { name: 'Save routine' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Name needs at least one visible letter, digit or symbol.');
    expect(getCustomRoutines()).toEqual([]);
  });

  it('saves a pasted name with a right-to-left override and a NUL as the clean name', async () => {
    const { user } = renderPages('/my-routines/new');
    await user.click(screen.getByRole('textbox', { name: 'Name' }));
    await user.paste('\u202eEvening\u0000 back');
    await user.type(screen.getByRole('textbox', { name: 'Purpose' }), 'A short test');
    await addExercises(user, ['Chair stretch']);
    await user.click(screen.getByRole('button', { name: 'Save routine' }));
    expect(await screen.findByText('Saved “Evening back”.')).toBeInTheDocument();
    expect(getCustomRoutines().map((routine) => routine.name)).toEqual(['Evening back']);
  });

  it('keeps unsaved changes when the user leaves and offers them on return', async () => {
    const first = renderPages('/my-routines/new');
    await first.user.type(screen.getByLabelText('Name'), 'Half done');
    await addExercises(first.user, ['Chair stretch']);
    first.unmount();
    const second = renderPages('/my-routines/new');
    expect(screen.getByLabelText('Name')).toHaveValue('Half done');
    expect(item(1, 'Chair stretch')).toBeInTheDocument();
    expect(screen.getByText(/unsaved changes from before were kept/)).toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: 'Discard changes' }));
    await second.user.click(screen.getByRole('button', { name: 'Yes, discard' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My routines' })).toBeInTheDocument();
    second.unmount();
    renderPages('/my-routines/new');
    expect(screen.getByLabelText('Name')).toHaveValue('');
  });

  it('starts a copy of a built-in routine when arriving from Customize', () => {
    renderPages('/my-routines/new', { fromRoutineId: 'upper-back' });
    expect(screen.getByRole('heading', { level: 1, name: 'Customize “Upper back”' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Upper back (my version)');
    expect(item(1, 'Prone reverse fly, bent arms')).toBeInTheDocument();
  });

  it('edits a saved routine in place, keeping its id', async () => {
    await seedRoutines(sampleRoutine());
    const { user } = renderPages('/my-routines/my-morning-back/edit');
    expect(within(item(1, 'Quadruped leg raise')).getByLabelText('Seconds per part')).toHaveValue('30');
    await user.click(screen.getByRole('button', { name: 'Remove Back stretch with countermovement' }));
    await user.click(screen.getByRole('button', { name: 'Save routine' }));
    await screen.findByRole('heading', { level: 1, name: 'My routines' });
    expect(getCustomRoutines().map((routine) => [routine.id, routine.items.length])).toEqual([['my-morning-back', 2]]);
  });

  it('says when the routine to edit does not exist', () => {
    renderPages('/my-routines/nothing-here/edit');
    expect(screen.getByRole('heading', { level: 1, name: 'Routine not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to my routines' })).toBeInTheDocument();
  });
});

describe('unsaved changes on My routines', () => {
  beforeEach(resetBuilderStores);

  it('links back to a routine whose changes were left unsaved', async () => {
    await seedRoutines(sampleRoutine());
    const editor = renderPages('/my-routines/my-morning-back/edit');
    await editor.user.type(screen.getByLabelText('Name'), ' plus');
    editor.unmount(); // the user went elsewhere without saving
    const list = renderPages('/my-routines');
    await list.user.click(screen.getByRole('link', { name: 'Continue editing “Morning back”' }));
    expect(screen.getByLabelText('Name')).toHaveValue('Morning back plus');
  });
});
