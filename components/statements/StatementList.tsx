import { groupByYear } from "@/lib/statements/group-by-year";
import type { TimelineStatement } from "@/lib/statements/queries";
import { StatementCard } from "./StatementCard";

export function StatementList({ statements }: { statements: TimelineStatement[] }) {
  if (statements.length === 0) {
    return <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-center dark:border-zinc-700">No published statements yet.</p>;
  }
  return (
    <div className="space-y-10">
      {groupByYear(statements).map(({ year, items }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="sticky top-0 bg-zinc-50/90 py-2 text-2xl font-bold backdrop-blur dark:bg-zinc-950/90">
            {year}
          </h2>
          <ol className="mt-3 space-y-4">
            {items.map((statement) => (
              <li key={statement.id}>
                <StatementCard statement={statement} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
