import { usePageTitle } from '../../shared/ui/use-page-title';

// Placeholder: filled in by its issue.
export default function ExerciseDetailPage() {
  usePageTitle('Exercise');
  return (
    <section className="page">
      <h1>Exercise</h1>
    </section>
  );
}
