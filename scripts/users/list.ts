/** npm run user:list: every account with its role and whether it is disabled. */
import { listUsers } from "../../lib/auth/users";
import { runCli } from "../run-cli";
import { withUserStore } from "./cli";

runCli(async () => {
  await withUserStore(async (db) => {
    const users = await listUsers(db);
    if (users.length === 0) console.log("No users yet. Create the first admin with npm run user:create.");
    for (const user of users) {
      console.log(`${user.email}\t${user.role}\t${user.banned ? "disabled" : "active"}\t${user.createdAt.toISOString().slice(0, 10)}`);
    }
  });
});
