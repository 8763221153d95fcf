import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RenameRoutineForm } from '../../../src/features/builder/rename-routine-form';
import { sampleRoutine } from '../../shared/routine-transfer/transfer-fixtures';

function renderForm() {
  const onRenamed = vi.fn();
  const user = userEvent.setup();
  render(<RenameRoutineForm routine={sampleRoutine()} onRenamed={onRenamed} onCancel={() => {}} />);
  const field = screen.getByRole('textbox', { name: 'New name for Morning back' });
  return { user, field, onRenamed };
}

describe('renaming a routine', () => {
  it('refuses a name of only zero-width characters and says why', async () => {
    const { user, field, onRenamed } = renderForm();
    await user.clear(field);
    await user.paste('\u200b\u2060\u200b');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('The name needs at least one visible letter, digit or symbol.');
    expect(onRenamed).not.toHaveBeenCalled();
  });

  it('saves a name with a right-to-left override, a NUL and a tab as the clean name', async () => {
    const { user, field, onRenamed } = renderForm();
    await user.clear(field);
    await user.paste('\u202eEvening\u0000\tback\u200b');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(onRenamed).toHaveBeenCalledWith('Evening back');
  });

  it('says how long a name may be, counting after the invisible characters are gone', async () => {
    const { user, field, onRenamed } = renderForm();
    await user.clear(field);
    await user.paste('x'.repeat(101));
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(field).toHaveAccessibleDescription('The name must be at most 100 characters; this one has 101.');
    await user.clear(field);
    await user.paste(`${'x'.repeat(100)}\u200b\u200b`);
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(onRenamed).toHaveBeenCalledWith('x'.repeat(100));
  });
});
