import { expect, it } from "vitest";
import { isEditorPage } from "./editor-pages";

it("knows the editor pages, and nothing else is one", () => {
  for (const path of ["/statements/new", "/statements/2024-07-10-x/edit", "/themes/new", "/sources/nato-2024/edit"]) expect(isEditorPage(path), path).toBe(true);
  for (const path of ["/", "/statements/2024-07-10-x", "/statements/2024-07-10-x/history", "/statements/new/edit/x", "/sources/a", "/themes", "/sign-in"]) {
    expect(isEditorPage(path), path).toBe(false);
  }
});
