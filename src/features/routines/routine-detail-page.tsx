import { usePageTitle } from '../../shared/ui/use-page-title';

// Placeholder: filled in by its issue.
export default function RoutineDetailPage() {
  usePageTitle('Routine');
  return (
    <section className="page">
      <h1>Routine</h1>
    </section>
  );
}
