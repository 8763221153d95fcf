import { usePageTitle } from '../../shared/ui/use-page-title';

// Placeholder: filled in by the routine-picker issue.
export function HomePage() {
  usePageTitle('');
  return (
    <section className="page">
      <h1>Choose a workout</h1>
    </section>
  );
}
