import { usePageTitle } from '../../shared/ui/use-page-title';

// Placeholder: filled in by its issue.
export default function ExerciseLibraryPage() {
  usePageTitle('Exercise library');
  return (
    <section className="page">
      <h1>Exercise library</h1>
    </section>
  );
}
