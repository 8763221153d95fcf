import { useId } from 'react';
import './filter-chips.css';

export interface FilterChipOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface FilterChipsProps<T extends string> {
  readonly legend: string;
  readonly options: readonly FilterChipOption<T>[];
  readonly selected: readonly T[];
  readonly onToggle: (value: T) => void;
  /** One line that says how the group filters ("Shows what you can do with what you pick"). */
  readonly hint?: string;
  /** Takes a whole row of a filter panel (a long list of options). */
  readonly wide?: boolean;
}

/**
 * One filter facet: a fieldset of toggle buttons (aria-pressed). Several may be pressed; within a
 * group they widen the result (any of them), across groups they narrow it.
 */
export function FilterChips<T extends string>({ legend, options, selected, onToggle, hint, wide = false }: FilterChipsProps<T>) {
  const hintId = useId();
  return (
    <fieldset className={wide ? 'filter-chips filter-chips-wide' : 'filter-chips'} aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="filter-chips-hint">
          {hint}
        </p>
      )}
      <div className="filter-chips-options">
        {options.map((option) => {
          const pressed = selected.includes(option.value);
          return (
            <button key={option.value} type="button" className="filter-chip" aria-pressed={pressed} onClick={() => onToggle(option.value)}>
              {pressed && (
                <span aria-hidden="true" className="filter-chip-mark">
                  ✓
                </span>
              )}
              {option.label}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
