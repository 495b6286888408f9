/** npm run user:set-password -- --email EMAIL --password PASSWORD (also signs the user out everywhere) */
import { z } from "zod";
import { emailArg, passwordArg, setPassword } from "../../lib/auth/users";
import { runCli } from "../run-cli";
import { parseOptions, withUserStore } from "./cli";

runCli(async () => {
  const { email, password } = parseOptions(z.object({ email: emailArg, password: passwordArg }), ["email", "password"]);
  await withUserStore(async (db, auth) => {
    await setPassword(db, auth, email, password);
    console.log(`Password of ${email} changed; their sessions were ended.`);
  });
});
