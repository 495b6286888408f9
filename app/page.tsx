import { connection } from "next/server";
import { StatementList } from "@/components/statements/StatementList";
import { listPublishedStatements } from "@/lib/statements/queries";

export default async function HomePage() {
  await connection();
  const statements = await listPublishedStatements();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">NATO on China, 2017–2024</h1>
      <p className="mt-2 max-w-2xl text-zinc-700 dark:text-zinc-300">
        What NATO said about China, statement by statement: from silence in 2017 to calling China a
        &ldquo;decisive enabler&rdquo; of Russia&rsquo;s war in 2024. {statements.length} published statements.
      </p>
      <div className="mt-8">
        <StatementList statements={statements} />
      </div>
    </>
  );
}
