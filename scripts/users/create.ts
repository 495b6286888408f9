/** npm run user:create -- --email EMAIL --password PASSWORD --role admin|editor [--name NAME] */
import { z } from "zod";
import { createUser, emailArg, passwordArg, roleArg } from "../../lib/auth/users";
import { runCli } from "../run-cli";
import { parseOptions, withUserStore } from "./cli";

const args = z.object({
  email: emailArg,
  password: passwordArg,
  role: roleArg,
  name: z.string().trim().min(1, "--name must not be empty").max(120, "--name must be at most 120 characters").optional(),
});

runCli(async () => {
  const input = parseOptions(args, ["email", "password", "role", "name"]);
  await withUserStore(async (db, auth) => {
    const user = await createUser(db, auth, input);
    console.log(`Created ${user.email} (${input.role}).`);
  });
});
