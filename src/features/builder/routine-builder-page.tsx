import { usePageTitle } from '../../shared/ui/use-page-title';

// Placeholder: filled in by its issue.
export default function RoutineBuilderPage() {
  usePageTitle('Build a routine');
  return (
    <section className="page">
      <h1>Build a routine</h1>
    </section>
  );
}
