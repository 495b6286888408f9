/** Runs before `npm start`: makes sure production has a session secret (lib/auth/ensure-secret-file.ts). */
import { ensureSecretFile } from "../../lib/auth/ensure-secret-file";
import { runCli } from "../run-cli";

const FILE = ".env.production.local";

runCli(async () => {
  if (ensureSecretFile(FILE, process.env)) {
    console.log(`Generated BETTER_AUTH_SECRET in ${FILE} (keep it private; set BETTER_AUTH_SECRET to use your own).`);
  }
});
