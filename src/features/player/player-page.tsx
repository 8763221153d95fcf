import { usePageTitle } from '../../shared/ui/use-page-title';

// Placeholder: filled in by its issue.
export default function PlayerPage() {
  usePageTitle('Workout');
  return (
    <section className="page">
      <h1>Workout</h1>
    </section>
  );
}
