/** npm run user:disable -- --email EMAIL [--reason TEXT]: no more sign-in, open sessions end at once. */
import { z } from "zod";
import { disableUser, emailArg } from "../../lib/auth/users";
import { runCli } from "../run-cli";
import { parseOptions, withUserStore } from "./cli";

const args = z.object({ email: emailArg, reason: z.string().trim().max(200, "--reason must be at most 200 characters").optional() });

runCli(async () => {
  const { email, reason } = parseOptions(args, ["email", "reason"]);
  await withUserStore(async (db) => {
    await disableUser(db, email, reason);
    console.log(`Disabled ${email}; their sessions were ended.`);
  });
});
