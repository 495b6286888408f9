import { describe, expect, it } from "vitest";
import { hiddenFields } from "./editor-http";

describe("hiddenFields", () => {
  it("reads the server action's progressive-enhancement fields and the form's hidden inputs, entities decoded", () => {
    const html =
      '<form action="" encType="multipart/form-data" method="POST">' +
      '<input type="hidden" name="$ACTION_REF_1"/>' +
      '<input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;7f3a&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>' +
      '<input type="hidden" name="$ACTION_KEY" value="k1a2b"/>' +
      '<input type="hidden" name="version" value="3"/>' +
      '<input type="text" name="title" value="Not hidden"/></form>';
    expect(hiddenFields(html)).toEqual({
      $ACTION_REF_1: "",
      "$ACTION_1:0": '{"id":"7f3a","bound":"$@1"}',
      $ACTION_KEY: "k1a2b",
      version: "3",
    });
  });

  it("refuses a page without a server-action form, e.g. the sign-in page a lost session lands on", () => {
    expect(() => hiddenFields('<form><input type="hidden" name="next" value="/statements/new"/></form>')).toThrow("no server-action form fields");
  });
});
