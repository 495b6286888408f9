import { expect, newClient, queryDb, signIn, test, uniqueId, userCli } from "./support/fixtures";

// Each test makes its users with the user:* scripts (a few seconds each) before using the browser.

test("user:create makes an account that can sign in; user:list shows it; bad arguments get one line", async ({ browser }) => {
  const user = { email: `cli-${uniqueId()}@example.org`, password: `cli-password-${uniqueId()}`, role: "admin" as const };
  const created = await userCli("create", ["--email", user.email, "--password", user.password, "--role", "admin"]);
  expect(created.stdout).toContain(`Created ${user.email} (admin).`);
  expect(await queryDb<{ role: string }>(`SELECT role FROM "User" WHERE email = ?`, user.email)).toEqual([{ role: "admin" }]);

  const listed = await userCli("list", []);
  expect(listed.stdout).toMatch(new RegExp(`${user.email}\\tadmin\\tactive`));

  await expect(userCli("create", ["--email", "not-an-email", "--password", user.password, "--role", "admin"])).rejects.toMatchObject({
    stderr: "error: --email must be an email address\n",
  });

  const { context, page } = await newClient(browser);
  await signIn(page, user);
  await expect(page.getByRole("navigation", { name: "Editor" })).toContainText("(admin)");
  await context.close();
});
